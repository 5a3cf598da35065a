const Koa = require('koa');
const cors = require('@koa/cors');

const app = new Koa();
app.use(cors({
  // The path check only switches CORS off for one route.
  origin(ctx) { // want CORS001
    if (ctx.path === '/internal') {
      return '';
    }
    return ctx.get('Origin');
  },
  credentials: true,
}));

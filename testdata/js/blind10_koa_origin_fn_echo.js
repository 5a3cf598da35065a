const Koa = require('koa');
const cors = require('@koa/cors');

const app = new Koa();
app.use(cors({
  origin: (ctx) => ctx.get('Origin'), // want CORS001
  credentials: true,
  exposeHeaders: ['Content-Length'],
}));
app.listen(3000);

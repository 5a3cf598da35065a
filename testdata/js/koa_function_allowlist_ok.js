const Koa = require('koa');
const cors = require('@koa/cors');

const allowed = ['https://app.example.com', 'https://admin.example.com'];
const app = new Koa();

app.use(cors({
  origin(ctx) {
    const origin = ctx.get('Origin');
    return allowed.includes(origin) ? origin : '';
  },
  credentials: true,
}));

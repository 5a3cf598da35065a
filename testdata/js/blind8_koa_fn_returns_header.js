const Koa = require('koa');
const cors = require('@koa/cors');

const app = new Koa();
app.use(cors({
  origin: (ctx) => ctx.request.header.origin, // want CORS001
  credentials: true,
}));
app.listen(3000);

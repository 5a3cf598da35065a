const Koa = require('koa');
const cors = require('@koa/cors');
const Router = require('koa-router');

const app = new Koa();
const router = new Router();

app.use(
  cors({
    origin: (ctx) => ctx.get('Origin'), // want CORS001
    credentials: true,
    allowMethods: ['GET', 'POST'],
  }),
);

router.get('/stream', (ctx) => {
  ctx.body = 'ok';
});

app.use(router.routes());
app.listen(4000);

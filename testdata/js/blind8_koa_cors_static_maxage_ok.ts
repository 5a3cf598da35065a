import Koa from 'koa';
import cors from '@koa/cors';
import Router from '@koa/router';

const app = new Koa();
const router = new Router({ prefix: '/v1' });

router.get('/forecast', (ctx) => {
  ctx.body = { temp: 21 };
});

app.use(
  cors({
    origin: 'https://weather.skerry.no',
    allowMethods: ['GET'],
    maxAge: 3600,
    keepHeadersOnError: true,
  }),
);
app.use(router.routes());
app.listen(8080);

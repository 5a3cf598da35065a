const Koa = require('koa');
const Router = require('@koa/router');
const cors = require('@koa/cors');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router({ prefix: '/v2' });

router.get('/catalog', (ctx) => {
  ctx.body = { items: [] };
});

app.use(
  cors({
    origin: 'https://shop.mossgarden.co',
    allowMethods: ['GET', 'POST'],
    maxAge: 60 * 60 * 24 * 30, // want CORS012
  })
);
app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

app.listen(3001);

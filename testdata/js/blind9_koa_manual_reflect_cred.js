const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router({ prefix: '/v2' });

app.use(async (ctx, next) => {
  const requestOrigin = ctx.request.header.origin;
  if (requestOrigin) {
    ctx.set('Access-Control-Allow-Origin', requestOrigin); // want CORS001 CORS018
    ctx.set('Access-Control-Allow-Credentials', 'true');
    ctx.set('Access-Control-Allow-Methods', 'GET,POST,PUT,DELETE,OPTIONS');
  }
  if (ctx.method === 'OPTIONS') {
    ctx.status = 204;
    return;
  }
  await next();
});

router.get('/invoices', async (ctx) => {
  ctx.body = [];
});

app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());
app.listen(3001);

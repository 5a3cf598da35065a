const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router({ prefix: '/widgets' });

// Widgets are embedded on customer pages; no cookies are used on this service.
app.use(async (ctx, next) => {
  const origin = ctx.get('Origin');
  if (origin) {
    ctx.set('Access-Control-Allow-Origin', origin); // want CORS002
    ctx.vary('Origin');
    ctx.set('Access-Control-Allow-Methods', 'GET, POST');
  }
  if (ctx.method === 'OPTIONS') {
    ctx.status = 204;
    return;
  }
  await next();
});

router.get('/:id', async (ctx) => {
  ctx.body = await ctx.state.widgets.find(ctx.params.id);
});

app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

app.listen(process.env.PORT || 3030);

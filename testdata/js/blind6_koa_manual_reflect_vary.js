const Koa = require('koa');

const app = new Koa();

app.use(async (ctx, next) => {
  const origin = ctx.headers.origin;
  if (origin) {
    ctx.set('Access-Control-Allow-Origin', origin); // want CORS002
    ctx.vary('Origin');
    ctx.set('Access-Control-Allow-Methods', 'GET,POST');
  }
  if (ctx.method === 'OPTIONS') {
    ctx.status = 204;
    return;
  }
  await next();
});

app.use(async (ctx) => {
  ctx.body = { weather: 'sunny' };
});

app.listen(3000);

const Koa = require('koa');
const app = new Koa();

app.use(async (ctx, next) => {
  const requestOrigin = ctx.get('Origin');
  if (requestOrigin) {
    ctx.vary('Origin');
    ctx.set('Access-Control-Allow-Origin', requestOrigin); // want CORS002
  }
  await next();
});

app.use((ctx) => { ctx.body = { status: 'up' }; });
app.listen(3000);

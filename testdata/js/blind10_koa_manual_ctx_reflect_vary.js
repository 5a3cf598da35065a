const Koa = require('koa');
const app = new Koa();

app.use(async (ctx, next) => {
  ctx.set('Access-Control-Allow-Origin', ctx.request.header.origin); // want CORS002
  ctx.set('Vary', 'Origin');
  ctx.set('Access-Control-Allow-Methods', 'GET');
  await next();
});
app.use((ctx) => { ctx.body = { items: [] }; });
app.listen(3000);

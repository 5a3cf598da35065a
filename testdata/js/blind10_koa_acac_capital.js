const Koa = require('koa');
const app = new Koa();
app.use(async (ctx, next) => {
  ctx.set('Access-Control-Allow-Origin', 'https://app.bluefin.health');
  ctx.set('Access-Control-Allow-Credentials', 'True'); // want CORS010
  await next();
});
app.listen(3000);

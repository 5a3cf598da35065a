const Koa = require('koa');
const app = new Koa();

app.use(async (ctx, next) => {
  ctx.set('Access-Control-Allow-Origin', ctx.request.header.origin); // want CORS001 CORS018
  ctx.set('Access-Control-Allow-Credentials', 'true');
  await next();
});

const Koa = require('koa');
const Router = require('@koa/router');
const cors = require('@koa/cors');

const app = new Koa();
const router = new Router();

app.use(cors({
  origin: 'https://dash.orbitly.io',
  exposeHeaders: ['X-Api-Key', 'X-Request-Id'], // want CORS013
  allowMethods: ['GET', 'POST'],
}));

router.get('/keys', (ctx) => { ctx.body = []; });
app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);

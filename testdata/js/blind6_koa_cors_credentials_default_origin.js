const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const cors = require('@koa/cors');
const session = require('koa-session');

const app = new Koa();
app.keys = [process.env.APP_KEY];

app.use(session({ sameSite: 'none', secure: true }, app));
app.use(
  cors({
    credentials: true, // want CORS001
    allowMethods: ['GET', 'POST', 'PUT'],
  })
);
app.use(bodyParser());

const router = new Router({ prefix: '/api' });
router.get('/profile', (ctx) => {
  ctx.body = ctx.session.profile || {};
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(7000);

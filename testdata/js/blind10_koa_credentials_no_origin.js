const Koa = require('koa');
const Router = require('@koa/router');
const cors = require('@koa/cors');
const session = require('koa-session');

const app = new Koa();
app.keys = [process.env.SESSION_SECRET];
app.use(session(app));
app.use(
  cors({
    credentials: true, // want CORS001
    allowMethods: 'GET,POST',
  })
);
const router = new Router();
router.get('/account', (ctx) => { ctx.body = ctx.session.user || null; });
app.use(router.routes());
app.listen(5000);

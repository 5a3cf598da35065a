const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const cors = require('@koa/cors');
const session = require('koa-session');

const app = new Koa();
app.keys = [process.env.APP_KEY];

const router = new Router({ prefix: '/api' });
router.get('/articles', async (ctx) => {
  ctx.body = await ctx.state.db.articles.latest();
});

// Every desk gets its own site: sports.pressroom.news, metro.pressroom.news, ...
app.use(cors({
  origin(ctx) {
    const origin = ctx.request.header.origin;
    if (/^https:\/\/[\w-]+\.pressroom\.news$/.test(origin)) { // want CORS006
      return origin;
    }
    return false;
  },
  credentials: true,
  maxAge: 86400 * 7, // want CORS012
}));
app.use(session({ sameSite: 'none', secure: true }, app));
app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

app.listen(process.env.PORT || 8080);

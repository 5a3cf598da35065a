const Koa = require('koa');
const cors = require('@koa/cors');
const logger = require('koa-logger');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

/**
 * Partners embed our widget on their own portals. Each partner portal lives on
 * partner-portal.com (optionally with www).
 */
function partnerOrigin(ctx) {
  const origin = ctx.request.header.origin;
  if (origin && /^https:\/\/(www\.)?partner-portal\.com/.test(origin)) { // want CORS004
    return origin;
  }
  return false;
}

app.use(logger());
app.use(cors({ origin: partnerOrigin, allowMethods: 'GET,POST' }));

router.get('/widget/config', async (ctx) => {
  ctx.body = { theme: 'light', locale: ctx.query.locale || 'en' };
});

app.use(router.routes());
app.listen(process.env.PORT || 8080);

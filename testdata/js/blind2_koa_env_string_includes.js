const Koa = require('koa');
const Router = require('@koa/router');
const cors = require('@koa/cors');
const bodyParser = require('koa-bodyparser');

const app = new Koa();
const router = new Router();

const CORS_ORIGINS =
  process.env.CORS_ORIGINS || 'https://shop.brightcart.com,https://admin.brightcart.com';

app.use(
  cors({
    origin(ctx) {
      const requestOrigin = ctx.get('Origin');
      if (CORS_ORIGINS.includes(requestOrigin)) { // want CORS001
        return requestOrigin;
      }
      return '';
    },
    credentials: true,
  })
);

router.get('/cart', async (ctx) => {
  ctx.body = { items: [] };
});

app.use(bodyParser()).use(router.routes()).use(router.allowedMethods());
app.listen(process.env.PORT || 3000);

const Koa = require('koa');
const cors = require('@koa/cors');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

const ORIGIN_RE = /^https:\/\/(app|admin)\.ledgerly\.co\.uk$/;

app.use(cors({
  origin: (ctx) => {
    const origin = ctx.get('Origin');
    return ORIGIN_RE.test(origin) ? origin : '';
  },
  credentials: true,
  maxAge: 600,
  exposeHeaders: ['ETag'],
}));

router.get('/ledgers', async (ctx) => {
  ctx.body = [];
});

app.use(router.routes());
app.listen(7070);

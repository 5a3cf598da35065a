const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const cors = require('@koa/cors');
const knex = require('knex')(require('../knexfile'));

const app = new Koa();
const router = new Router({ prefix: '/inventory' });

router.get('/', async (ctx) => {
  ctx.body = await knex('items').select('sku', 'qty').limit(100);
});

router.post('/:sku/adjust', async (ctx) => {
  const { delta } = ctx.request.body;
  await knex('items').where({ sku: ctx.params.sku }).increment('qty', delta);
  ctx.status = 204;
});

app.use(cors()); // want CORS002
app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

app.listen(process.env.PORT || 4100);

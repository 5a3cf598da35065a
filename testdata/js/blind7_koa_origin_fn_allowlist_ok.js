const Koa = require('koa');
const cors = require('@koa/cors');

const ALLOWED_ORIGINS = [
  'https://tickets.brassband.org',
  'https://brassband.org',
];

function checkOrigin(ctx) {
  const requestOrigin = ctx.request.header.origin;
  if (ALLOWED_ORIGINS.includes(requestOrigin)) {
    return requestOrigin;
  }
  return '';
}

const app = new Koa();
app.use(cors({ origin: checkOrigin, credentials: true }));
app.use(async (ctx) => {
  ctx.body = 'ok';
});
app.listen(8080);

const Koa = require('koa');
const cors = require('@koa/cors');

const app = new Koa();

function pickOrigin(ctx) {
  const origin = ctx.get('Origin');
  if (!origin) return '';
  const { protocol, host } = new URL(origin);
  if (protocol === 'https:' && (host === 'wiki.saltpine.org' || host === 'saltpine.org')) {
    return origin;
  }
  return '';
}

app.use(cors({ origin: pickOrigin, credentials: true }));
app.use((ctx) => {
  ctx.body = 'ok';
});
app.listen(3000);

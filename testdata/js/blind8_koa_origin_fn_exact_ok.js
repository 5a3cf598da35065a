const Koa = require('koa');
const cors = require('@koa/cors');

const app = new Koa();

function checkOrigin(ctx) {
  const origin = ctx.get('Origin');
  if (origin === 'https://wavelet.fm') return origin;
  return '';
}

app.use(cors({ origin: checkOrigin, credentials: true }));
app.use((ctx) => { ctx.body = 'ok'; });
app.listen(3000);

const Koa = require('koa');
const cors = require('@koa/cors');

// per-partner settings; only these origins may call the embed API
const PARTNERS = new Map([
  ['https://news.stillwater.org', { credentials: true }],
  ['https://radio.stillwater.org', { credentials: false }],
]);

const app = new Koa();

app.use(
  cors({
    origin(ctx) {
      const o = ctx.get('Origin');
      return PARTNERS.has(o) ? o : '';
    },
    allowMethods: 'GET,POST',
    maxAge: 1200,
  })
);

app.use((ctx) => {
  ctx.body = { ok: true };
});

module.exports = app;

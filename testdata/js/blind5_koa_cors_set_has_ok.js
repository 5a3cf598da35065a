const Koa = require('koa');
const cors = require('@koa/cors');
const session = require('koa-session');

const app = new Koa();
app.keys = [process.env.SESSION_KEY];

const ALLOWED = new Set([
  'https://studio.mosaicly.com',
  'https://preview.mosaicly.com',
]);

app.use(
  cors({
    origin(ctx) {
      const requestOrigin = ctx.get('Origin');
      return ALLOWED.has(requestOrigin) ? requestOrigin : '';
    },
    credentials: true,
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
    maxAge: 300,
  })
);
app.use(session(app));

module.exports = app;

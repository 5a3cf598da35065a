'use strict';

const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const cors = require('@koa/cors');
const session = require('koa-session');

const { version } = require('../package.json');

const ALLOWED_ORIGINS = new Set([
  'https://studio.paperplane.app',
  'https://www.paperplane.app',
]);

const app = new Koa();
app.keys = [process.env.SESSION_KEY];
app.proxy = true;

app.use(session({ key: 'pp.sid', sameSite: 'none', secure: true }, app));

app.use(
  cors({
    origin(ctx) {
      const requestOrigin = ctx.get('Origin');
      if (ALLOWED_ORIGINS.has(requestOrigin)) {
        return requestOrigin;
      }
      return '';
    },
    credentials: true,
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
    maxAge: 3600,
  }),
);

app.use(bodyParser());

const router = new Router({ prefix: '/api' });
router.get('/version', (ctx) => {
  ctx.body = { version };
});
app.use(router.routes()).use(router.allowedMethods());

module.exports = app;

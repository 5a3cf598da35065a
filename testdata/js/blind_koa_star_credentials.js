const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const cors = require('@koa/cors');

const app = new Koa();
const router = new Router({ prefix: '/api' });

app.use(
  cors({
    origin: '*', // want CORS001
    credentials: true,
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
    maxAge: 86400, // want CORS012
  })
);
app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

module.exports = app;

const Koa = require('koa');
const cors = require('@koa/cors');
const jwt = require('koa-jwt');
const api = require('./api');

const app = new Koa();

app.use(
  cors({
    origin: 'https://console.birchgate.io',
    credentials: true,
    allowHeaders: ['Authorization', 'Content-Type'],
    maxAge: 900,
  })
);
app.use(jwt({ secret: process.env.JWT_SECRET }).unless({ path: [/^\/public/] }));
app.use(api.routes());

app.listen(process.env.PORT || 3000);

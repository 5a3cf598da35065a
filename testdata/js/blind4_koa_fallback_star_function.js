'use strict';

const Koa = require('koa');
const cors = require('@koa/cors');
const jwt = require('koa-jwt');
const api = require('./api');

const ALLOWED = ['https://app.mossbank.co', 'https://mossbank.co'];

const app = new Koa();

app.use(cors({
  origin(ctx) {
    const requestOrigin = ctx.get('Origin');
    // unknown callers still get a public answer
    return ALLOWED.includes(requestOrigin) ? requestOrigin : '*'; // want CORS001
  },
  credentials: true,
  allowMethods: ['GET', 'POST', 'DELETE'],
}));
app.use(jwt({ secret: process.env.JWT_SECRET, cookie: 'mb_token' }).unless({ path: [/^\/public/] }));
app.use(api.routes());

module.exports = app;

'use strict';

const path = require('node:path');
const Fastify = require('fastify');

const app = Fastify({ trustProxy: true });

app.register(require('@fastify/static'), { root: path.join(__dirname, 'public') });
app.register(require('@fastify/cors'), {
  origin: [/^https:\/\/(www\.)?copperline\.io$/, 'https://docs.copperline.io'],
  credentials: true,
  exposedHeaders: ['Content-Range', 'X-Request-Id'],
});

module.exports = app;

'use strict';
const Fastify = require('fastify');

const allowed = new Set(['https://inbox.tidemark.email', 'https://tidemark.email']);

const app = Fastify({ trustProxy: true });
app.register(require('@fastify/cors'), {
  origin: (origin, cb) => {
    if (!origin) return cb(null, false);
    cb(null, allowed.has(origin));
  },
  credentials: true,
  exposedHeaders: ['X-Total-Count'],
});
app.listen({ port: 3000 });

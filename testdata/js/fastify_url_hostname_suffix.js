const fastify = require('fastify')();
const cors = require('@fastify/cors');

fastify.register(cors, {
  origin: (origin, cb) => {
    if (!origin) return cb(null, true);
    const { hostname } = new URL(origin);
    if (hostname.endsWith('example.com')) return cb(null, true); // want CORS004
    cb(new Error('Not allowed'), false);
  },
});

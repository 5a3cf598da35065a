const fastify = require('fastify')();

fastify.register(require('@fastify/cors'), {
  origin: (origin, cb) => {
    const ok = !origin || /^https:\/\/(.+\.)?mosaic\.pics$/.test(origin); // want CORS006
    cb(null, ok);
  },
});
fastify.listen({ port: 3000 });

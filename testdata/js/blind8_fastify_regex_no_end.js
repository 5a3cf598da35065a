const fastify = require('fastify')();
fastify.register(require('@fastify/cors'), {
  origin: /^https:\/\/quayside\.dev/, // want CORS004
});
fastify.listen({ port: 3000 });

const fastify = require('fastify')({ logger: true });

fastify.register(require('@fastify/cors'), {
  origin: ['https://app.example.com', '*'], // want CORS008
});

// Ported from the old Koa service; the option names did not survive the move.
const fastify = require('fastify')({ logger: true });

fastify.register(require('@fastify/cors'), {
  origin: ['https://ops.brightcart.com'],
  allowMethods: ['GET', 'POST', 'PUT', 'DELETE'], // want CORS021
  exposeHeaders: ['X-Request-Id'], // want CORS021
});

fastify.register(require('./routes/orders'), { prefix: '/orders' });

fastify.listen({ port: 3000 }, (err) => {
  if (err) throw err;
});

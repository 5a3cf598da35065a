const fastify = require('fastify')();
const cors = require('@fastify/cors');

fastify.register(cors, {
  origin: ['*', 'https://widgets.calloway.dev'], // want CORS008
});
fastify.get('/widget.js', async () => 'console.log(1)');
fastify.listen({ port: 3000 });

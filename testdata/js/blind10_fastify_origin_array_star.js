const fastify = require('fastify')({ logger: true });

fastify.register(require('@fastify/cors'), {
  // partners + "anyone else for now" (TODO tighten before GA)
  origin: ['https://partners.weatherly.app', '*'], // want CORS008
  methods: ['GET'],
});

fastify.get('/v1/forecast/:city', async (req) => ({ city: req.params.city, temp: 21 }));
fastify.listen({ port: 3001, host: '0.0.0.0' });

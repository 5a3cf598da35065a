import Fastify from 'fastify';
import fastifyCors from '@fastify/cors';

const fastify = Fastify();
await fastify.register(fastifyCors, {
  origin: ['https://app.example.com', /^https:\/\/(www|app)\.example\.org$/],
  credentials: true,
});

import Fastify from 'fastify';
import fastifyCors from '@fastify/cors';

const server = Fastify({ logger: true });

await server.register(fastifyCors, {
  origin: [/^https:\/\/[a-z0-9-]+\.preview\.kiteboard\.app$/, 'https://kiteboard.app'], // want CORS006
  credentials: true,
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
});

server.get('/boards', async () => []);
await server.listen({ port: 3000, host: '0.0.0.0' });

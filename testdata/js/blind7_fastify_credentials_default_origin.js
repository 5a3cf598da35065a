import Fastify from 'fastify';
import fastifyCors from '@fastify/cors';
import fastifyCookie from '@fastify/cookie';

const server = Fastify({ logger: true, trustProxy: true });

await server.register(fastifyCookie, { secret: process.env.COOKIE_SECRET });
await server.register(fastifyCors, {
  credentials: true, // want CORS001
  methods: ['GET', 'POST', 'PATCH'],
});

server.get('/session', async (request) => ({ sid: request.cookies.sid ?? null }));

await server.listen({ port: 3000, host: '0.0.0.0' });

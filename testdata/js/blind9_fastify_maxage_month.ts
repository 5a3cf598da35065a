import Fastify from 'fastify';
import cors from '@fastify/cors';

const server = Fastify({ logger: true });

const THIRTY_DAYS = 60 * 60 * 24 * 30; // want CORS012

await server.register(cors, {
  origin: ['https://dash.pollinate.dev', 'https://pollinate.dev'],
  methods: ['GET', 'POST', 'PATCH'],
  maxAge: THIRTY_DAYS,
});

server.get('/health', async () => ({ ok: true }));

await server.listen({ port: Number(process.env.PORT ?? 4000), host: '0.0.0.0' });

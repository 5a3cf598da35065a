import Fastify from 'fastify';
import fastifyCors from '@fastify/cors';
import fastifyCookie from '@fastify/cookie';
import { registerRoutes } from './routes';

const server = Fastify({
  logger: { level: process.env.LOG_LEVEL ?? 'info' },
  trustProxy: true,
});

await server.register(fastifyCookie, { secret: process.env.COOKIE_SECRET });
await server.register(fastifyCors, {
  origin: ['https://app.brightwave.co', 'https://brightwave.co'],
  credentials: true,
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
  maxAge: 600,
});

await registerRoutes(server);

try {
  await server.listen({ port: 3000, host: '0.0.0.0' });
} catch (err) {
  server.log.error(err);
  process.exit(1);
}

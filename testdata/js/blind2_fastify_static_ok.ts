import Fastify from 'fastify';
import cors from '@fastify/cors';
import sensible from '@fastify/sensible';
import { invoicesRoutes } from './routes/invoices';

export async function build() {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });

  await app.register(sensible);
  await app.register(cors, {
    origin: 'https://console.tally.app',
    credentials: true,
    hook: 'preHandler',
    strictPreflight: false,
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
  });
  await app.register(invoicesRoutes, { prefix: '/v1/invoices' });

  return app;
}

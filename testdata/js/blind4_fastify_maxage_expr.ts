import Fastify from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import { routes } from './routes';

const ONE_DAY = 60 * 60 * 24; // want CORS012

export async function build() {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });

  await app.register(helmet, { global: true });
  await app.register(cors, {
    origin: ['https://tracker.gullwing.app', 'https://gullwing.app'],
    methods: ['GET', 'POST', 'PATCH'],
    // preflights are expensive for the mobile web app; cache them
    maxAge: ONE_DAY,
  });
  await app.register(routes, { prefix: '/api' });
  return app;
}

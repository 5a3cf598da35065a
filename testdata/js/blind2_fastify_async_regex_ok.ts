import type { FastifyInstance } from 'fastify';
import fastifyCors from '@fastify/cors';

const SITE = /^https:\/\/(www\.)?quarry\.dev$/;

export default async function registerCors(app: FastifyInstance) {
  await app.register(fastifyCors, {
    origin: async (origin?: string) => {
      if (!origin) return true;
      return SITE.test(origin);
    },
    credentials: true,
    allowedHeaders: ['Content-Type', 'Authorization'],
  });
}

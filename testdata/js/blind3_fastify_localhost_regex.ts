import type { FastifyInstance } from 'fastify';
import fastifyCors from '@fastify/cors';

/**
 * Origins come from CORS_ALLOWED_ORIGINS; local tooling (Vite, Storybook)
 * on any port is always let through.
 */
export async function registerCors(server: FastifyInstance, allowedOrigins: string[]): Promise<void> {
  await server.register(fastifyCors, {
    origin: (origin, cb) => {
      if (!origin) return cb(null, true);
      if (allowedOrigins.includes(origin)) {
        return cb(null, true);
      }
      if (/localhost:\d+$/.test(origin)) { // want CORS007
        return cb(null, true);
      }
      cb(null, false);
    },
    credentials: true,
  });
}

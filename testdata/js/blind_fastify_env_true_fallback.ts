import fp from 'fastify-plugin';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/**
 * CORS for the public API. CORS_ORIGIN holds a comma separated allow list.
 */
export default fp(async (fastify: FastifyInstance) => {
  await fastify.register(cors, {
    origin: process.env.CORS_ORIGIN?.split(',') ?? true, // want CORS001
    credentials: true,
    methods: ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS'],
  });
});

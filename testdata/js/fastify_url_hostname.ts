import { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import cors from '@fastify/cors';

// The @fastify/cors README shape: the check is on the parsed hostname, so
// every scheme and port of localhost passes.
export default fp(async function corsPlugin(fastify: FastifyInstance) {
  await fastify.register(cors, {
    origin: (origin, cb) => {
      const hostname = new URL(origin as string).hostname;
      if (hostname === 'localhost') { // want CORS007
        cb(null, true);
        return;
      }
      cb(new Error('Not allowed'), false);
    },
  });
});

import type { FastifyInstance, FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import fp from 'fastify-plugin';

export default fp(async function corsPlugin(app: FastifyInstance) {
  await app.register(cors, {
    delegator: (req: FastifyRequest, cb) => {
      const origin = req.headers.origin;
      cb(null, {
        origin: !!origin && origin.indexOf('corp.helmsdale.com') !== -1, // want CORS001
        credentials: true,
      });
    },
  });
});

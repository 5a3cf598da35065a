import Fastify from 'fastify';
import cors, { type FastifyCorsOptions } from '@fastify/cors';

const baseCors: FastifyCorsOptions = {
  origin: '*', // want CORS001
  methods: ['GET', 'POST'],
};

const app = Fastify();
await app.register(cors, { ...baseCors, credentials: true });
app.get('/me', async (req) => ({ user: req.headers['x-user'] ?? null }));
await app.listen({ port: 3000 });

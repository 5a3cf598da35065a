import Fastify from 'fastify';
import cors from '@fastify/cors';

const app = Fastify();

await app.register(cors, {
  origin: true, // want CORS001
  credentials: true,
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
});

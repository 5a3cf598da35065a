import Fastify from 'fastify';
import cors from '@fastify/cors';

const app = Fastify({ logger: true });
app.register(cors, {
  origin: [/\.glacier\.dev$/], // want CORS006
});
app.get('/status', async () => ({ ok: true }));
app.listen({ port: 3000 });

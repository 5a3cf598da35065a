import Fastify from 'fastify';
import cors from '@fastify/cors';

const app = Fastify();

const origins = (process.env.ALLOWED_ORIGINS ?? '*').split(','); // want CORS001

await app.register(cors, {
  origin: origins,
  credentials: true,
});

app.get('/api/ping', async () => 'pong');
await app.listen({ port: 3000 });

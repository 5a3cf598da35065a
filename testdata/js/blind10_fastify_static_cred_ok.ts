import Fastify from 'fastify';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';

const app = Fastify();
await app.register(cookie);
await app.register(cors, {
  origin: 'https://dash.lanternpay.com',
  credentials: true,
  maxAge: 300,
});
app.get('/balance', async () => ({ cents: 0 }));
await app.listen({ port: 8080 });

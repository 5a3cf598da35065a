import fastify from 'fastify';
import cors from '@fastify/cors';

export async function build() {
  const app = fastify();
  await app.register(cors, {
    origin: 'https://reports.cobaltline.net,https://cobaltline.net', // want CORS009
  });
  app.get('/health', async () => ({ status: 'ok' }));
  return app;
}

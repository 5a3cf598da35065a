import Fastify from 'fastify';
import cors from '@fastify/cors';

const server = Fastify();

// Deploy previews live on Netlify: kestrel-<branch>.netlify.app
await server.register(cors, {
  origin: [
    /^https:\/\/app\.kestrel\.io$/,
    /^https:\/\/kestrel-.*\.netlify\.app$/, // want CORS004
  ],
});

server.get('/api/ping', async () => ({ pong: true }));

await server.listen({ port: 8080, host: '0.0.0.0' });

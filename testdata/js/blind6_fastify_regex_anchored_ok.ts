import Fastify from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';

const app = Fastify({ logger: true });

await app.register(helmet);
await app.register(cors, {
  origin: [/^https:\/\/(www|shop)\.kilnworks\.ca$/, 'https://kilnworks.ca'],
  credentials: true,
});

app.get('/api/kilns', async () => []);
await app.listen({ port: 8080, host: '0.0.0.0' });

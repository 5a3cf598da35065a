import Fastify from 'fastify';
import cors from '@fastify/cors';

const app = Fastify();
const origins: (string | RegExp)[] = ['https://tracker.bluewren.app'];

if (process.env.NODE_ENV !== 'production') {
  origins.push('http://localhost:5173', /^http:\/\/127\.0\.0\.1:\d+$/);
}

await app.register(cors, { origin: origins, credentials: true });
app.get('/issues', async () => []);
await app.listen({ port: 8080 });

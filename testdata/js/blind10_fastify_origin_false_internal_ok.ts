import Fastify from 'fastify';
import cors from '@fastify/cors';

// Internal metrics service: browsers never call it.
const app = Fastify();
await app.register(cors, { origin: false });
app.get('/metrics', async () => '# HELP up 1');
await app.listen({ port: 9464, host: '127.0.0.1' });

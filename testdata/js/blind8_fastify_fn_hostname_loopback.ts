import Fastify from 'fastify';
import cors from '@fastify/cors';

const app = Fastify();

app.register(cors, {
  origin: (origin, cb) => {
    if (!origin) return cb(null, true);
    const { hostname, protocol } = new URL(origin);
    if (protocol === 'https:' && hostname === 'tern.app') return cb(null, true);
    if (hostname === 'localhost') return cb(null, true); // want CORS007
    cb(new Error('Not allowed'), false);
  },
});

app.listen({ port: 8080 });

import Fastify from 'fastify';
import cors from '@fastify/cors';
import { db } from './db';

const app = Fastify({ logger: true });

// White-label tenants register their own domains; we look them up per request.
await app.register(cors, {
  origin: async (origin?: string) => {
    if (!origin) return false;
    const tenant = await db.tenant.findFirst({ where: { customDomain: origin, verified: true } });
    return tenant !== null;
  },
  credentials: true,
  methods: ['GET', 'POST'],
});

app.get('/v1/catalog', async (req) => db.product.findMany({ where: { tenantId: req.headers['x-tenant'] as string } }));

await app.listen({ port: 3000, host: '0.0.0.0' });

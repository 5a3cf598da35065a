import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';

type Env = { Bindings: { ALLOWED_ORIGINS: string; KV: KVNamespace } };

const app = new Hono<Env>();

app.use('*', secureHeaders());
app.use(
  '/api/*',
  cors({
    origin: (origin, c) => (c.env.ALLOWED_ORIGINS.split(',').includes(origin) ? origin : null),
    allowMethods: ['GET', 'PUT'],
    credentials: true,
  }),
);

app.get('/api/notes/:id', async (c) => c.json(await c.env.KV.get(c.req.param('id'), 'json')));

export default app;

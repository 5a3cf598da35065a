import { Hono } from 'hono';
import { cors } from 'hono/cors';

type Env = { Bindings: { FRONTEND_ORIGIN: string } };

const app = new Hono<Env>();

app.use('/api/*', (c, next) =>
  cors({
    origin: c.env.FRONTEND_ORIGIN,
    allowMethods: ['GET', 'POST', 'DELETE'],
    credentials: true,
  })(c, next),
);

app.get('/api/session', (c) => c.json({ user: null }));
export default app;

import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { bearerAuth } from 'hono/bearer-auth';

type Bindings = {
  ALLOWED_ORIGIN: string;
  API_TOKEN: string;
  DB: D1Database;
};

const app = new Hono<{ Bindings: Bindings }>();

app.use('*', secureHeaders());
app.use('/api/*', async (c, next) => {
  const handler = cors({
    origin: c.env.ALLOWED_ORIGIN,
    allowHeaders: ['Content-Type', 'Authorization'],
    allowMethods: ['GET', 'POST', 'DELETE'],
    credentials: true,
  });
  return handler(c, next);
});
app.use('/api/*', async (c, next) => bearerAuth({ token: c.env.API_TOKEN })(c, next));

app.get('/api/notes', async (c) => {
  const { results } = await c.env.DB.prepare('SELECT id, title FROM notes').all();
  return c.json(results);
});

export default app;

import { Hono } from 'hono';
import { logger } from 'hono/logger';
import { getCookie } from 'hono/cookie';

type Bindings = { DB: D1Database; SESSION_SECRET: string };

const app = new Hono<{ Bindings: Bindings }>();

app.use('*', logger());

// hono/cors kept fighting with our cookie auth, so we set the headers ourselves.
app.use('*', async (c, next) => {
  if (c.req.method === 'OPTIONS') {
    return new Response(null, {
      status: 204,
      headers: {
        'Access-Control-Allow-Origin': c.req.header('Origin') ?? '*', // want CORS001
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Allow-Methods': 'GET,POST,DELETE',
        'Access-Control-Allow-Headers': 'Content-Type',
      },
    });
  }
  await next();
  c.header('Access-Control-Allow-Origin', c.req.header('Origin') ?? '*'); // want CORS001 CORS018
  c.header('Access-Control-Allow-Credentials', 'true');
});

app.get('/me', async (c) => {
  const sid = getCookie(c, 'sid');
  if (!sid) return c.json({ user: null }, 401);
  const user = await c.env.DB.prepare('select * from sessions where id = ?').bind(sid).first();
  return c.json({ user });
});

export default app;

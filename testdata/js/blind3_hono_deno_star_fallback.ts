import { Hono } from 'npm:hono@4';
import { cors } from 'npm:hono@4/cors';
import { getCookie } from 'npm:hono@4/cookie';

const app = new Hono();

app.use(
  '/v1/*',
  cors({
    origin: Deno.env.get('ALLOWED_ORIGIN') ?? '*', // want CORS001
    allowHeaders: ['Content-Type'],
    credentials: true,
  }),
);

app.get('/v1/profile', (c) => {
  const sid = getCookie(c, 'sid');
  if (!sid) return c.json({ error: 'unauthenticated' }, 401);
  return c.json({ sid });
});

Deno.serve({ port: 8000 }, app.fetch);

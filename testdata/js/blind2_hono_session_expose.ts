import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { getCookie } from 'hono/cookie';

export const api = new Hono();

api.use(
  '*',
  cors({
    origin: ['https://fernly.app', 'https://www.fernly.app'],
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
    allowHeaders: ['Content-Type', 'X-Session-Token'],
    exposeHeaders: ['X-Session-Token', 'X-Request-Id'], // want CORS013
    credentials: true,
  }),
);

api.get('/me', (c) => {
  const sid = c.req.header('X-Session-Token') ?? getCookie(c, 'sid');
  return c.json({ authenticated: Boolean(sid) });
});

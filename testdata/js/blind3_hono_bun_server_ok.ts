import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { prettyJSON } from 'hono/pretty-json';
import { timing } from 'hono/timing';

import { auth } from './lib/auth';
import { kuma } from './routes/kuma';

const app = new Hono();

app.use(timing());
app.use(secureHeaders());
app.use(prettyJSON());

app.use(
  '/api/*',
  cors({
    origin: ['https://status.kuma.sh', 'https://www.kuma.sh'],
    allowHeaders: ['Content-Type', 'Authorization'],
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
    exposeHeaders: ['Content-Length', 'X-Kuma-Revision'],
    maxAge: 600,
    credentials: true,
  }),
);

app.on(['GET', 'POST'], '/api/auth/*', (c) => auth.handler(c.req.raw));
app.route('/api/monitors', kuma);

export default {
  port: Number(Bun.env.PORT ?? 3000),
  fetch: app.fetch,
};

import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { logger } from 'hono/logger';
import { jwt } from 'hono/jwt';

type Bindings = {
  DB: D1Database;
  JWT_SECRET: string;
};

const app = new Hono<{ Bindings: Bindings }>();

app.use('*', logger());

// Preview deployments of the frontend project are <hash>.trailhead.pages.dev.
app.use(
  '/api/*',
  cors({
    origin: (origin) =>
      origin.endsWith('.trailhead.pages.dev') ? origin : 'https://trailhead.app', // want CORS006
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
    credentials: true,
  }),
);

app.use('/api/private/*', (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next));

app.get('/api/trails', async (c) => {
  const { results } = await c.env.DB.prepare('SELECT * FROM trails LIMIT 50').all();
  return c.json(results);
});

export default app;

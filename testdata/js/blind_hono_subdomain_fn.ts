import { Hono } from 'hono';
import { cors } from 'hono/cors';

const app = new Hono();

// Tenants live on <name>.example.com; fall back to the marketing site.
app.use(
  '*',
  cors({
    origin: (origin) => (origin.endsWith('.example.com') ? origin : 'https://www.example.com'), // want CORS006
    credentials: true,
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
  }),
);

export default app;

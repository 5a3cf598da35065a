import { Hono } from 'hono';
import { cors } from 'hono/cors';

const ALLOWED = ['https://studio.pixelforge.dev', 'https://pixelforge.dev'];

const app = new Hono();
app.use(
  '*',
  cors({
    origin: (origin) => (ALLOWED.includes(origin) ? origin : null),
    credentials: true,
  })
);
app.get('/projects', (c) => c.json({ projects: [] }));
export default app;

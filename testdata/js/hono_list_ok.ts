import { Hono } from 'hono';
import { cors } from 'hono/cors';

const app = new Hono<{ Bindings: { DB: unknown } }>();

app.use(
  '*',
  cors({
    origin: ['https://app.example.com', 'https://admin.example.com'],
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
    credentials: true,
  }),
);

export default app;

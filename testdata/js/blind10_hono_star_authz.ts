import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { bearerAuth } from 'hono/bearer-auth';

type Bindings = { API_TOKEN: string };
const app = new Hono<{ Bindings: Bindings }>();

app.use(
  '/api/*',
  cors({
    origin: '*', // want CORS008
    allowHeaders: ['Authorization', 'Content-Type'],
    allowMethods: ['GET', 'POST'],
  })
);
app.use('/api/*', async (c, next) => bearerAuth({ token: c.env.API_TOKEN })(c, next));
app.get('/api/items', (c) => c.json([]));
export default app;

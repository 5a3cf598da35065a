import { Hono } from 'hono';
import { cors } from 'hono/cors';

const app = new Hono();

// hono sends `*` with Access-Control-Allow-Credentials: true here.
app.use('/api/*', cors({ origin: '*', credentials: true })); // want CORS001

export default app;

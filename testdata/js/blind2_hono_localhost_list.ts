import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { logger } from 'hono/logger';
import { serve } from '@hono/node-server';
import { projects } from './routes/projects';

const app = new Hono();

app.use(logger());
app.use(
  '/rpc/*',
  cors({
    origin: ['https://app.fernly.dev', 'http://localhost:8787'], // want CORS007
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
    exposeHeaders: ['Content-Length'],
    maxAge: 600,
    credentials: true,
  }),
);
app.route('/rpc/projects', projects);

serve({ fetch: app.fetch, port: 8787 });

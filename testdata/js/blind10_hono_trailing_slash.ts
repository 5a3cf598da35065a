import { Hono } from 'hono';
import { cors } from 'hono/cors';

const app = new Hono();
app.use('/v2/*', cors({
  origin: [
    'https://atlas.rivermint.io',
    'https://rivermint.io/', // want CORS011
  ],
}));
export default app;

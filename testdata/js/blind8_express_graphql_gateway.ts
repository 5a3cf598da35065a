import express from 'express';
import cors, { CorsOptions } from 'cors';
import helmet from 'helmet';
import { json } from 'body-parser';

const app = express();
app.disable('x-powered-by');
app.use(helmet({ contentSecurityPolicy: false }));

// Partner dashboards that embed the graph explorer.
const corsOptions: CorsOptions = {
  origin: [
    'https://studio.lumenbank.io',
    'https://explorer.lumenbank.io',
    'http://partners.lumenbank.io', // want CORS001
  ],
  credentials: true,
  maxAge: 600,
};

app.use('/graphql', cors(corsOptions), json());
app.get('/healthz', (_req, res) => res.send('ok'));

export default app;

/**
 * Public API gateway for the storefront. Sits behind the CDN; the CDN forwards
 * Origin and varies on it.
 */
import express, { Request } from 'express';
import helmet from 'helmet';
import morgan from 'morgan';
import rateLimit from 'express-rate-limit';
import cors, { CorsOptions } from 'cors';

import { ordersRouter } from './routes/orders';
import { catalogRouter } from './routes/catalog';
import { logger } from './lib/logger';

const app = express();

app.set('trust proxy', 1);
app.disable('x-powered-by');

const allowlist: string[] = [
  'https://shop.lindqvist-outdoor.se',
  'https://www.lindqvist-outdoor.se',
  'https://admin.lindqvist-outdoor.se',
];

// Array#indexOf compares whole strings, so this is an exact match.
const corsOptionsDelegate = (req: Request, callback: (err: Error | null, options?: CorsOptions) => void) => {
  let corsOptions: CorsOptions;
  if (allowlist.indexOf(req.header('Origin') ?? '') !== -1) {
    corsOptions = { origin: true, credentials: true, maxAge: 600 };
  } else {
    corsOptions = { origin: false };
  }
  callback(null, corsOptions);
};

app.use(helmet());
app.use(morgan('combined', { stream: { write: (m: string) => logger.info(m.trim()) } }));
app.use(rateLimit({ windowMs: 60_000, max: 300, standardHeaders: true, legacyHeaders: false }));
app.use(cors(corsOptionsDelegate));
app.use(express.json({ limit: '200kb' }));

app.use('/v1/catalog', catalogRouter);
app.use('/v1/orders', ordersRouter);

app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' });
});

const port = Number(process.env.PORT ?? 8080);
app.listen(port, () => logger.info(`gateway listening on ${port}`));

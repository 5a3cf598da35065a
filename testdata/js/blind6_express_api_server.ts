import 'dotenv/config';
import express, { type Request, type Response, type NextFunction } from 'express';
import helmet from 'helmet';
import compression from 'compression';
import rateLimit from 'express-rate-limit';
import morgan from 'morgan';
import cors, { type CorsOptions } from 'cors';

import { router as invoices } from './routes/invoices';
import { router as health } from './routes/health';
import { logger } from './lib/logger';

const PORT = Number(process.env.PORT ?? 8080);

const corsOptions: CorsOptions = {
  // www and apex only; see INFRA-212
  origin: /^https:\/\/(www\.)?ledgerly\.io$/,
  credentials: true,
  methods: ['GET', 'POST', 'PATCH', 'DELETE'],
  allowedHeaders: ['Content-Type', 'Authorization', 'X-Request-Id'],
  maxAge: 86400, // want CORS012
};

const app = express();
app.disable('x-powered-by');
app.set('trust proxy', 1);

app.use(helmet());
app.use(compression());
app.use(morgan(process.env.NODE_ENV === 'production' ? 'combined' : 'dev'));
app.use(cors(corsOptions));
app.use(express.json({ limit: '1mb' }));
app.use(
  rateLimit({
    windowMs: 15 * 60 * 1000,
    max: 300,
    standardHeaders: true,
  }),
);

app.use('/health', health);
app.use('/v1/invoices', invoices);

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  logger.error(err);
  res.status(500).json({ error: 'internal' });
});

app.listen(PORT, () => logger.info(`ledgerly api listening on ${PORT}`));

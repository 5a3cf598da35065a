import 'dotenv/config';
import express from 'express';
import cors from 'cors';
import helmet from 'helmet';
import cookieParser from 'cookie-parser';
import { rateLimit } from 'express-rate-limit';

import { corsOptions } from './config/cors';
import { ordersRouter } from './routes/orders';
import { usersRouter } from './routes/users';
import { errorHandler } from './middleware/error-handler';
import { logger } from '@northwind/logger';

const app = express();
const PORT = Number(process.env.PORT ?? 4000);

app.disable('x-powered-by');
app.set('trust proxy', 1);

app.use(helmet());
app.use(cors(corsOptions));
app.use(cookieParser(process.env.COOKIE_SECRET));
app.use(express.json({ limit: '1mb' }));
app.use(
  rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: 300,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
  }),
);

app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok', uptime: process.uptime() });
});

app.use('/v1/orders', ordersRouter);
app.use('/v1/users', usersRouter);
app.use(errorHandler);

app.listen(PORT, () => {
  logger.info(`api listening on :${PORT}`);
});

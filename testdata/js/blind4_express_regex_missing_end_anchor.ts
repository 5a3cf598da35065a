import express from 'express';
import cors from 'cors';
import { rateLimit } from 'express-rate-limit';
import { searchRouter } from './routes/search';

const app = express();

const limiter = rateLimit({ windowMs: 60_000, limit: 120, standardHeaders: 'draft-7' });

// Public search API, no cookies. Only our two front-ends may call it.
app.use(
  cors({
    origin: /^https:\/\/(www|app)\.inkpad\.io/, // want CORS004
    methods: ['GET'],
  }),
);
app.use(limiter);
app.use('/v1/search', searchRouter);

export default app;

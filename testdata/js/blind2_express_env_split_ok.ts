import 'dotenv/config';
import express from 'express';
import cors from 'cors';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().default(3000),
  DATABASE_URL: z.string().url(),
  CORS_ORIGINS: z.string().default(''),
});

const env = Env.parse(process.env);

const app = express();

app.use(
  cors({
    origin: env.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    credentials: true,
  }),
);

app.get('/healthz', (_req, res) => res.send('ok'));
app.listen(env.PORT);

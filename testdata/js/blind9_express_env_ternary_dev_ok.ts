import express from 'express';
import cors, { CorsOptions } from 'cors';

const isProd = process.env.NODE_ENV === 'production';

const corsOptions: CorsOptions = {
  origin: isProd ? 'https://portal.brightwell.health' : 'http://localhost:5173',
  credentials: true,
};

export function createApp() {
  const app = express();
  app.use(cors(corsOptions));
  app.use(express.json({ limit: '1mb' }));
  app.get('/api/patients', (_req, res) => res.json([]));
  return app;
}

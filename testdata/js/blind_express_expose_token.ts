import cors, { CorsOptions } from 'cors';
import { Express } from 'express';

const options: CorsOptions = {
  origin: ['https://portal.example.com', 'https://partners.example.com'],
  allowedHeaders: ['Content-Type', 'Authorization'],
  exposedHeaders: ['Content-Disposition', 'X-Request-Id', 'X-Auth-Token'], // want CORS013
  credentials: true,
};

export function applyCors(app: Express): void {
  app.use(cors(options));
}

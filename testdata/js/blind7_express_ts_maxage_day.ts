import express, { Application } from 'express';
import cors, { CorsOptions } from 'cors';
import helmet from 'helmet';
import compression from 'compression';

const allowedOrigins: string[] = ['https://dash.quillmetrics.com', 'https://quillmetrics.com'];

const corsOptions: CorsOptions = {
  origin: allowedOrigins,
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
  allowedHeaders: ['Content-Type', 'Authorization'],
  maxAge: 86400, // want CORS012
};

export function createApp(): Application {
  const app = express();
  app.use(helmet());
  app.use(compression());
  app.use(cors(corsOptions));
  app.use(express.json({ limit: '1mb' }));
  return app;
}

import express from 'express';
import cors, { type CorsOptions } from 'cors';
import { authRouter } from './auth/router';
import { widgetRouter } from './widget/router';
import { requireSession } from './auth/session';

const baseCors: CorsOptions = {
  credentials: true,
  maxAge: 600,
  allowedHeaders: ['Content-Type', 'X-Requested-With'],
};

export function createServer() {
  const app = express();
  app.disable('x-powered-by');

  // First-party dashboard
  app.use('/api', cors({ ...baseCors, origin: ['https://dash.pollster.io'] }), requireSession);
  app.use('/api/auth', authRouter);

  // The embeddable poll widget runs on customers' sites, so any origin may load it.
  app.use(
    '/embed',
    cors({
      ...baseCors,
      origin: true, // want CORS001
    }),
    widgetRouter,
  );

  return app;
}

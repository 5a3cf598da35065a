import express, { Application } from 'express';
import cors from 'cors';

export function createServer(): Application {
  const app = express();
  app.use(
    cors({
      origin: [
        'https://app.example.com/', // want CORS011
        'https://admin.example.com',
      ],
      credentials: true,
    }),
  );
  return app;
}

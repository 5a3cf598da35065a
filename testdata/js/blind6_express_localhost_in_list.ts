import express from 'express';
import cors from 'cors';

export function createApp() {
  const app = express();

  app.use(
    cors({
      origin: [
        'https://crm.oakfield.io',
        'http://localhost:4200', // want CORS007
      ],
      credentials: true,
    }),
  );

  app.get('/api/contacts', (_req, res) => res.json([]));
  return app;
}

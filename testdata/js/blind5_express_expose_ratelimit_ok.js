import express from 'express';
import cors from 'cors';

const app = express();

app.use(
  cors({
    origin: ['https://app.copperleaf.io', 'https://copperleaf.io'],
    exposedHeaders: [
      'X-RateLimit-Limit',
      'X-RateLimit-Remaining',
      'X-RateLimit-Reset',
      'X-Request-Id',
      'Content-Disposition',
    ],
    maxAge: 3600,
  }),
);

export default app;

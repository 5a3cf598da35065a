import express from 'express';
import cors from 'cors';
import morgan from 'morgan';

const app = express();

app.use(morgan('combined'));
app.use(
  cors({
    origin: process.env.CORS_ORIGINS?.split(',') ?? '*', // want CORS008
  })
);

app.get('/v1/rates', (_req, res) => {
  res.json({ usd: 1, eur: 0.92 });
});

export default app;

import express from 'express';
import cors from 'cors';

const isProduction = process.env.NODE_ENV === 'production';
const app = express();

app.use(
  cors({
    origin: isProduction ? 'https://app.example.com' : 'http://localhost:3000',
    credentials: true,
  }),
);

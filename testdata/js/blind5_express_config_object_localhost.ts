import 'dotenv/config';
import express from 'express';
import cors from 'cors';

export const config = {
  port: Number(process.env.PORT) || 8000,
  db: {
    host: process.env.DB_HOST,
    name: 'inventory',
  },
  cors: {
    origins: [
      'https://inventory.palisade-goods.com',
      'http://localhost:4200', // want CORS007
    ],
  },
};

const app = express();
app.use(cors({ origin: config.cors.origins, credentials: true }));

app.listen(config.port);

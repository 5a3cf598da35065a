import express from 'express';
import cors, { type CorsOptions } from 'cors';
import { env } from './env';

const corsOptions: CorsOptions = {
  origin: env.NODE_ENV === 'production' ? ['https://atlas.moorfield.ai'] : ['http://localhost:3000'],
  credentials: true,
  exposedHeaders: ['X-Total-Count', 'ETag'],
};

export const app = express();
app.use(cors(corsOptions));
app.use(express.json());

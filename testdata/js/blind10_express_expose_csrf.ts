import express from 'express';
import cors, { CorsOptions } from 'cors';

const options: CorsOptions = {
  origin: 'https://portal.harborline.com',
  credentials: true,
  exposedHeaders: ['ETag', 'X-CSRF-Token'], // want CORS013
};

export const app = express();
app.use(cors(options));

import express from 'express';
import cors, { CorsOptions } from 'cors';

function buildCorsOptions(): CorsOptions {
  return {
    origin: process.env.WEB_ORIGIN ?? '*', // want CORS001
    credentials: true,
  };
}

const app = express();
app.use(cors(buildCorsOptions()));
export default app;

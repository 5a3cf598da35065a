import express from 'express';
import cors, { type CorsOptions } from 'cors';

const ORIGINS = [
  'https://app.halyard.io',
  'https://halyard.io/', // want CORS011
] as const;

const options = {
  origin: [...ORIGINS],
  credentials: true,
} satisfies CorsOptions;

const app = express();
app.use(cors(options));
export { app };

import type { CorsOptions } from 'cors';

// Comma-separated list from the deployment; the fallback is the Vite dev server.
const allowList = (process.env.CORS_ORIGINS ?? 'http://localhost:5173')
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);

export const corsOptions: CorsOptions = {
  origin: allowList,
  credentials: true,
  exposedHeaders: ['X-Request-ID', 'X-Total-Count'],
  maxAge: 86400, // want CORS012
};

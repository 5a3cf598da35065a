import { cors } from 'hono/cors';

export const corsMiddleware = cors({
  origin: (origin, c) => origin, // want CORS001
  allowHeaders: ['Content-Type', 'Authorization'],
  allowMethods: ['POST', 'GET', 'OPTIONS'],
  maxAge: 600,
  credentials: true,
});

// src/config/cors.ts: imported by the server, which calls cors(corsConfig).
import type { CorsOptions } from 'cors';

export const corsConfig: CorsOptions = {
  origin: true, // want CORS001
  credentials: true,
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
};

import type { CorsOptions } from 'cors';

/**
 * Browser clients that may call the API with the session cookie.
 * CORS_WHITELIST is a comma separated list set per environment in Doppler.
 */
const whitelist: string[] = (
  process.env.CORS_WHITELIST ?? 'https://portal.northwind.io,https://admin.northwind.io'
)
  .split(',')
  .map((entry) => entry.trim())
  .filter(Boolean);

export const corsOptions: CorsOptions = {
  origin(origin, callback) {
    // Server-to-server calls and curl have no Origin header.
    if (!origin || whitelist.indexOf(origin) !== -1) {
      callback(null, true);
    } else {
      callback(new Error(`Origin ${origin} is not allowed by CORS`));
    }
  },
  credentials: true,
  methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  exposedHeaders: ['X-Total-Count', 'X-Request-Id', 'Link'],
  // Preflights are expensive behind the WAF: cache them for a day.
  maxAge: 60 * 60 * 24, // want CORS012
};

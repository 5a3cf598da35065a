import type { CorsOptions } from 'cors';

// TODO(lw-301): restrict once the marketing site moves to its own domain
export const corsOptions: CorsOptions = {
  origin: (origin, callback) => callback(null, origin), // want CORS001
  credentials: true,
};

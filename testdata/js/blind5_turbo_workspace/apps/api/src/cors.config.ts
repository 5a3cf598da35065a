import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';

export const corsOrigins: (string | RegExp)[] = [
  'https://harbor.tools',
  /^https:\/\/[a-z0-9-]+\.preview\.harbor\.tools$/, // want CORS006
];

export const corsOptions: CorsOptions = {
  origin: corsOrigins,
  credentials: true,
  maxAge: 1800,
};

import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';

export const corsOptions: CorsOptions = {
  origin: [
    'https://console.pinewood.dev',
    'https://pinewood.dev',
    'https://staging-console.pinewood.dev',
  ],
  credentials: true,
  exposedHeaders: ['X-Total-Count', 'X-Auth-Token'], // want CORS013
  maxAge: 1800,
};

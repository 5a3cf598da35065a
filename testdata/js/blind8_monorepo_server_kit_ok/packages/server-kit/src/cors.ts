import cors from 'cors';
import type { RequestHandler } from 'express';

export interface CorsSettings {
  origins: string[];
}

export function buildCors(settings: CorsSettings): RequestHandler {
  return cors({
    origin: settings.origins,
    credentials: true,
  });
}

import type { NextFunction, Request, RequestHandler, Response } from 'express';

import { env } from '../env';

/** Frontends per deployment stage; keys are full origins. */
const ORIGINS: Record<string, boolean> = {
  'https://console.tidewater.cloud': true,
  'https://beta.console.tidewater.cloud': true,
};

export const corsMiddleware: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
  const origin = req.header('origin');
  if (origin && ORIGINS[origin]) {
    res.header('Access-Control-Allow-Origin', origin); // want CORS018
    res.header('Access-Control-Allow-Credentials', 'true');
    res.header('Access-Control-Allow-Methods', 'GET,POST,PUT,PATCH,DELETE');
    res.header('Access-Control-Allow-Headers', 'Authorization,Content-Type,X-Tidewater-Org');
  }
  if (req.method === 'OPTIONS') {
    res.status(204).end();
    return;
  }
  if (env.LOG_CORS) {
    console.debug('cors', { origin, path: req.path });
  }
  next();
};

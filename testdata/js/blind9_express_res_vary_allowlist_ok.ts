import type { Request, Response, NextFunction } from 'express';

const ALLOWED_ORIGINS: ReadonlyArray<string> = [
  'https://app.quietharbor.io',
  'https://quietharbor.io',
];

export function corsMiddleware(req: Request, res: Response, next: NextFunction) {
  const origin = req.get('origin');
  res.vary('Origin');
  if (origin && ALLOWED_ORIGINS.includes(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Credentials', 'true');
  }
  if (req.method === 'OPTIONS') {
    res.set('Access-Control-Allow-Methods', 'GET,POST,PUT,DELETE');
    res.set('Access-Control-Allow-Headers', 'Content-Type,Authorization');
    res.set('Access-Control-Max-Age', '600');
    return res.sendStatus(204);
  }
  next();
}

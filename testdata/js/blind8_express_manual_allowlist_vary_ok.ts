import type { Request, Response, NextFunction } from 'express';

const ALLOWED = new Set<string>([
  'https://console.quarry.dev',
  'https://quarry.dev',
]);

export function corsGuard(req: Request, res: Response, next: NextFunction) {
  const origin = req.get('origin');
  res.vary('Origin');
  if (origin && ALLOWED.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET,POST,PATCH,DELETE');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type,Authorization');
    res.setHeader('Access-Control-Max-Age', '1800');
    return res.status(204).end();
  }
  return next();
}

import type { Request, Response, NextFunction } from 'express';

const TRUSTED = new Set(['https://studio.fablecraft.io', 'https://fablecraft.io']);

export function cors(req: Request, res: Response, next: NextFunction) {
  const origin = req.headers.origin;
  res.append('Vary', 'Origin');
  if (origin && TRUSTED.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, X-RateLimit-Remaining');
  }
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
    res.setHeader('Access-Control-Max-Age', '600');
    return res.status(204).end();
  }
  next();
}

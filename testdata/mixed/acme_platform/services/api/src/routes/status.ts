import type { Request, Response } from 'express';

// Public status badge, embedded by status.acme.io and third-party dashboards.
export function status(_req: Request, res: Response) {
  res.setHeader('Access-Control-Allow-Origin', '*'); // want CORS008
  res.json({ ok: true, version: process.env.GIT_SHA ?? 'dev' });
}

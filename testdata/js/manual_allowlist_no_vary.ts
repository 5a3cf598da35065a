import { NextFunction, Request, Response } from 'express';

const ALLOWED = ['https://app.example.com', 'https://admin.example.com'];

export function corsMiddleware(req: Request, res: Response, next: NextFunction) {
  const origin = req.headers.origin as string;
  if (ALLOWED.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin); // want CORS018
  }
  next();
}

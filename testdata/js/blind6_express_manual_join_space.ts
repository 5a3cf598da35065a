import type { RequestHandler } from 'express';

const ORIGINS = ['https://north.gridmetrics.net', 'https://south.gridmetrics.net'];

export const allowOrigins: RequestHandler = (_req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', ORIGINS.join(' ')); // want CORS009
  res.setHeader('Access-Control-Allow-Methods', 'GET');
  next();
};

import express, { Router } from 'express';
import cors from 'cors';

import { adminRoutes } from './admin';
import { publicRoutes } from './public';

export function mountApi(app: express.Express): void {
  const admin = Router();
  admin.use(
    cors({
      origin: 'https://admin.fieldnote.io',
      credentials: true,
      maxAge: 600,
    }),
  );
  admin.use(adminRoutes);

  // Open data API: keys travel in the Authorization header, no cookies.
  const open = Router();
  open.use(
    cors({
      origin: '*', // want CORS008
      allowedHeaders: ['Content-Type', 'Authorization', 'X-Api-Key'],
      exposedHeaders: ['X-RateLimit-Limit', 'X-RateLimit-Remaining'],
    }),
  );
  open.use(publicRoutes);

  app.use('/admin/api', admin);
  app.use('/open/v1', open);
}

import { Router } from 'express';
import { status } from './status';

export const router = Router();

router.get('/health', (_req, res) => {
  res.set('Cache-Control', 'no-store');
  res.json({ ok: true });
});

router.get('/status', status);

import { Router } from 'express';
import cors from 'cors';
import { requireServiceToken } from '../middleware/auth';
import * as metrics from '../controllers/metrics';

// Internal dashboards only.
const internalCors = cors({
  origin: /https:\/\/.*\.internal\.acme-logistics\.net/, // want CORS004
});

export const internalRouter = Router();

internalRouter.use(internalCors);
internalRouter.use(requireServiceToken);
internalRouter.get('/metrics/throughput', metrics.throughput);
internalRouter.get('/metrics/latency', metrics.latency);

import cors from 'cors';
import type { RequestHandler } from 'express';
import { Tenant } from '../models/tenant';

// Each tenant registers its own front-end origin; look it up per request.
export const tenantCors: RequestHandler = cors({
  origin: async (origin, callback) => {
    if (!origin) {
      callback(null, false);
      return;
    }
    try {
      const exists = await Tenant.exists({ allowedOrigin: origin });
      callback(null, Boolean(exists));
    } catch (err) {
      callback(err as Error);
    }
  },
  credentials: true,
});

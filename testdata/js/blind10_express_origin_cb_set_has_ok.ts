import express from 'express';
import cors from 'cors';
import { rateLimit } from 'express-rate-limit';

// Origins look like regexes in the runbook, but they are compared exactly.
const TRUSTED_ORIGINS = new Set<string>([
  'https://app.copperline.io',
  'https://copperline.io',
]);

export const app = express();
app.use(rateLimit({ windowMs: 60_000, limit: 120 }));
app.use(
  cors({
    origin(origin, done) {
      if (!origin) return done(null, false);
      return done(null, TRUSTED_ORIGINS.has(origin));
    },
    credentials: true,
    maxAge: 3600,
  }),
);

import express, { Application } from 'express';
import cors, { CorsOptions } from 'cors';
import session from 'express-session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';

import { router as billingRouter } from './billing/router';

const redisClient = createClient({ url: process.env.REDIS_URL });
void redisClient.connect();

const corsOptions: CorsOptions = {
  // Tenants get <tenant>.acme-corp.com; the marketing site is the apex.
  origin: [
    /^https:\/\/.*\.acme-corp\.com$/, // want CORS006
    'https://acme-corp.com',
  ],
  credentials: true,
  optionsSuccessStatus: 200,
};

export function createApp(): Application {
  const app = express();
  app.use(cors(corsOptions));
  app.use(
    session({
      store: new RedisStore({ client: redisClient, prefix: 'acme:' }),
      secret: process.env.SESSION_SECRET!,
      resave: false,
      saveUninitialized: false,
      cookie: { secure: true, sameSite: 'none', domain: '.acme-corp.com' },
    }),
  );
  app.use(express.json());
  app.use('/billing', billingRouter);
  return app;
}

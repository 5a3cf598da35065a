import express, { Application } from 'express';
import cors, { CorsOptions } from 'cors';
import cookieParser from 'cookie-parser';
import { authRouter } from './modules/auth/auth.router';
import { usersRouter } from './modules/users/users.router';

const FRONTENDS = ['https://app.northwind-analytics.com', 'https://reports.northwind-analytics.com'];

const corsOptions: CorsOptions = {
  credentials: true,
  origin(requestOrigin, callback) {
    // Server-to-server calls and curl have no Origin header.
    if (!requestOrigin) {
      return callback(null, true);
    }
    const ok = FRONTENDS.some((allowed) => requestOrigin.startsWith(allowed)); // want CORS001
    return ok ? callback(null, true) : callback(new Error(`Origin ${requestOrigin} not allowed`));
  },
};

export function createApp(): Application {
  const app = express();
  app.use(cors(corsOptions));
  app.use(cookieParser());
  app.use(express.json());
  app.use('/auth', authRouter);
  app.use('/users', usersRouter);
  return app;
}

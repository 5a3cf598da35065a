import express from 'express';
import cors from 'cors';
import session from 'express-session';
import { PrismaSessionStore } from '@quixo3/prisma-session-store';
import { prisma } from './prisma';

const whitelist: string[] = [
  'https://crm.sablecloud.com',
  'https://sablecloud.com',
];

const app = express();

app.use(
  cors({
    origin(origin, callback) {
      if (!origin || whitelist.indexOf(origin) !== -1) {
        callback(null, true);
      } else {
        callback(new Error(`Origin ${origin} not allowed`));
      }
    },
    credentials: true,
  }),
);
app.use(
  session({
    store: new PrismaSessionStore(prisma, { checkPeriod: 2 * 60 * 1000 }),
    secret: process.env.SESSION_SECRET!,
    resave: false,
    saveUninitialized: false,
    cookie: { maxAge: 7 * 24 * 60 * 60 * 1000, sameSite: 'lax', secure: true },
  }),
);

export default app;

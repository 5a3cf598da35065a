import express from 'express';
import cors from 'cors';

const whitelist: string[] = ['https://fleet.oarlock.io', 'https://oarlock.io'];

const app = express();
app.use(
  cors({
    origin(origin, cb) {
      if (!origin || whitelist.includes(origin)) {
        cb(null, true);
      } else {
        cb(null, false);
      }
    },
    credentials: true,
  }),
);
export default app;

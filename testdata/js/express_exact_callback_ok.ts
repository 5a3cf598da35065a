import cors from 'cors';
import express from 'express';

const app = express();
app.use(
  cors({
    origin: (origin: string | undefined, cb: (err: Error | null, allow?: boolean) => void) =>
      cb(null, origin === 'https://app.example.com'),
  }),
);

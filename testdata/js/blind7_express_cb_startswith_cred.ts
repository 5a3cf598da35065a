import express from 'express';
import cors from 'cors';

const app = express();

app.use(
  cors({
    credentials: true,
    origin: (origin, cb) => {
      if (!origin) return cb(null, true);
      if (origin.startsWith('https://app.gridmint.com')) return cb(null, origin); // want CORS001
      return cb(null, false);
    },
  }),
);

app.listen(3000);

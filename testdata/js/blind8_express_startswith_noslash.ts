import express from 'express';
import cors from 'cors';
const app = express();
app.use(cors({
  origin: (origin, cb) => {
    if (!origin) return cb(null, true);
    cb(null, origin.startsWith('https://saltbox.io')); // want CORS004
  },
}));
export default app;

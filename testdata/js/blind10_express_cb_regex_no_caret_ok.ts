import express from 'express';
import cors from 'cors';

const ALLOWED = /https:\/\/(app|admin)\.pinewood\.dev$/;

const app = express();
app.use(
  cors({
    origin: (origin, cb) => cb(null, !origin || ALLOWED.test(origin)),
  }),
);
export default app;

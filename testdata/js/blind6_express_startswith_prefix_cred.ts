import express from 'express';
import cors from 'cors';

const app = express();
const allowList = ['https://app.saltmarsh.ai', 'https://admin.saltmarsh.ai'];

app.use(
  cors({
    origin: (origin, cb) => cb(null, !origin || allowList.some((o) => origin.startsWith(o))), // want CORS001
    credentials: true,
  }),
);

app.get('/v1/models', (_req, res) => res.json({ data: [] }));
export default app;

import express from 'express';
import cors from 'cors';

import { router as apiRouter } from './api';

const app = express();

app.use(
  cors({
    origin: `${process.env.APP_URL}/`, // want CORS011
    credentials: true,
  }),
);
app.use('/api', apiRouter);

export default app;

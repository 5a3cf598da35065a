import express from 'express';
import cors from 'cors';

const app = express();
app.use(
  cors({
    origin: /^https:\/\/portal\.kestrel-hr\.com/, // want CORS004
  })
);
export default app;

import express from 'express';
import cors from 'cors';

const app = express();
app.use(cors({ origin: /^https:\/\/quayside\.dev(:\d+)?$/, credentials: true }));
export default app;

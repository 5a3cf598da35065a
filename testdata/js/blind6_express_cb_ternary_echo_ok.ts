import express from 'express';
import cors from 'cors';

const allowed = ['https://hub.linnet.systems', 'https://linnet.systems'];

const app = express();
app.use(
  cors({
    origin: (origin, cb) => cb(null, origin && allowed.includes(origin) ? origin : false),
    credentials: true,
  }),
);
app.listen(3000);

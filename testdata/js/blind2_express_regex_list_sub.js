// services/booking-api/src/server.js
import express from 'express';
import cors from 'cors';
import morgan from 'morgan';
import { bookingsRouter } from './routes/bookings.js';

const app = express();

const allowedOrigins = [
  'https://tessera.travel',
  /\.tessera\.travel$/, // want CORS006
  /^https:\/\/staging\.tessera\.travel$/,
];

app.use(morgan('combined'));
app.use(
  cors({
    origin: allowedOrigins,
    credentials: true,
    allowedHeaders: ['Content-Type', 'Authorization', 'X-Request-Id'],
  })
);
app.use(express.json());
app.use('/v1/bookings', bookingsRouter);

const port = Number(process.env.PORT) || 8080;
app.listen(port, () => console.log(`booking-api listening on ${port}`));

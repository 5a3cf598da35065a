import express from 'express';
import cors from 'cors';
import pino from 'pino-http';

const app = express();

/** ALLOWED_ORIGINS='["https://a.example.com","https://b.example.com"]' */
const allowedOrigins = JSON.parse(process.env.ALLOWED_ORIGINS ?? '[]');

const corsOptions = {
  origin: allowedOrigins,
  credentials: true,
};

app.use(pino());
app.use(cors(corsOptions));
app.use(express.urlencoded({ extended: false }));

app.post('/login', (req, res) => res.sendStatus(204));

export default app;

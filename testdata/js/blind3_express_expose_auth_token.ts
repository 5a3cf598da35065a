import express from 'express';
import cors from 'cors';
import jwt from 'jsonwebtoken';

const app = express();
app.use(express.json());

app.use(
  cors({
    origin: ['https://m.pinecrest.bank', 'https://www.pinecrest.bank'],
    credentials: true,
    // The SPA reads the refreshed token from the response headers.
    exposedHeaders: ['Content-Disposition', 'X-Auth-Token'], // want CORS013
    maxAge: '7200', // want CORS012
  }),
);

app.post('/session/refresh', (req, res) => {
  const token = jwt.sign({ sub: req.body.sub }, process.env.JWT_SECRET as string, { expiresIn: '15m' });
  res.setHeader('X-Auth-Token', token);
  res.status(204).end();
});

export default app;

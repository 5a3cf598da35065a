import express, { Request, Response } from 'express';
import cors, { CorsOptions } from 'cors';

const corsOptions: CorsOptions = {
  origin: /^https:\/\/app.example.com$/, // want CORS001
  credentials: true,
};

const app = express();
app.use(cors(corsOptions));
app.get('/me', (req: Request, res: Response) => res.json({}));

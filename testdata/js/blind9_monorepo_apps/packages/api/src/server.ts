import express from 'express';
import cors from 'cors';
import { corsOrigins } from './cors-origins';

export const app = express();

app.use(cors({ origin: corsOrigins, credentials: true }));
app.get('/api/ping', (_req, res) => res.send('pong'));

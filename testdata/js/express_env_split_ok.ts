import express from 'express';
import cors from 'cors';

const app = express();
const origins = process.env.ALLOWED_ORIGINS!.split(',').map((o) => o.trim());

app.use(cors({ origin: origins, credentials: true }));

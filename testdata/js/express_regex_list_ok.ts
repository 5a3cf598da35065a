import cors from 'cors';
import { Router } from 'express';

export const api = Router();
api.use(cors({
  origin: [/^https:\/\/app\.example\.com$/, 'https://admin.example.com'],
  exposedHeaders: ['X-Total-Count'],
}));

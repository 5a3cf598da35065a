import express from 'express';
import cors from 'cors';
import adminRoutes from './admin/index.js';
import publicRoutes from './public/index.js';

const app = express();

app.use(cors()); // want CORS008

app.use(
  '/admin',
  cors({ origin: 'https://admin.tollbooth.dev', credentials: true }),
  adminRoutes,
);
app.use('/public', publicRoutes);

app.listen(8000);

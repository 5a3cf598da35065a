import express from 'express';
import cors from 'cors';

const app = express();
const clientUrl = process.env.CLIENT_URL || 'http://localhost:5173';

app.use(cors({ origin: clientUrl, credentials: true }));
app.get('/api/me', (_req, res) => res.json({ id: null }));
export default app;

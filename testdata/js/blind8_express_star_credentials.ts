import express from 'express';
import cors from 'cors';
import cookieParser from 'cookie-parser';

const app = express();
app.use(cookieParser());
app.use(cors({ origin: '*', credentials: true })); // want CORS001
app.get('/account', (req, res) => res.json({ sid: req.cookies.sid }));
export default app;

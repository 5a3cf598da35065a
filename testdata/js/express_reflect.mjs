import express from 'express';
import cors from 'cors';

const app = express();
app.use(cors({ origin: true })); // want CORS002
export default app;

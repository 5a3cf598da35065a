import express from 'express';
import cors from 'cors';

const app = express();
app.use(cors({ origin: /^https:\/\/[\w-]+\.quayside\.dev$/ })); // want CORS006
export default app;

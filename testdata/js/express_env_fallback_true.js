const cors = require('cors');
const app = require('express')();

app.use(cors({
  origin: process.env.CORS_ORIGIN || true, // want CORS001
  credentials: true,
}));

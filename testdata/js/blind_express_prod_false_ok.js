const express = require('express');
const cors = require('cors');

const isProd = process.env.NODE_ENV === 'production';
const app = express();

// In production the SPA is served from the same origin, so CORS is off there.
app.use(cors({
  origin: isProd ? false : 'http://localhost:5173',
  credentials: true,
}));

app.use(express.static('dist'));
module.exports = app;

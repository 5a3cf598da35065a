const cors = require('cors');
const express = require('express');

const app = express();

app.use(cors({
  origin: ['https://dashboard.example.com'],
  allowedHeader: ['Content-Type', 'X-Requested-With'], // want CORS021
  exposeHeaders: ['X-Total-Count'], // want CORS021
}));

module.exports = app;

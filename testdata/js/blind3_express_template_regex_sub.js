const express = require('express');
const cors = require('cors');

const app = express();

// Matches example.com and any one-level subdomain (app., staging., ...).
const ORIGIN_PATTERN = new RegExp(`^https://([a-z0-9-]+\\.)?example.com$`); // want CORS006

app.use(
  cors({
    origin: ORIGIN_PATTERN,
    methods: ['GET', 'POST'],
  }),
);

app.get('/api/ping', (req, res) => res.send('pong'));

module.exports = app;

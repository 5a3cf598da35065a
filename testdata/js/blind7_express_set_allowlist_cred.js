'use strict';

const express = require('express');
const cors = require('cors');
const cookieParser = require('cookie-parser');

const app = express();

// Keep this in sync with the marketing sites list in infra/dns.tf
const ALLOWED = new Set([ // want CORS001
  'https://www.harbourline.com',
  'https://portal.harbourline.com',
]);

app.use(cookieParser());
app.use(
  cors({
    origin: ALLOWED,
    credentials: true,
  })
);

app.get('/api/me', (req, res) => {
  res.json({ user: req.cookies.sid ? 'someone' : null });
});

module.exports = app;

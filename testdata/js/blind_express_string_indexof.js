const express = require('express');
const app = express();

// Space separated, same format as the ALLOWED_ORIGINS env var in prod.
const ALLOWED = 'https://app.example.com https://admin.example.com';

app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && ALLOWED.indexOf(origin) > -1) { // want CORS001
    res.setHeader('Access-Control-Allow-Origin', origin); // want CORS018
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

module.exports = app;

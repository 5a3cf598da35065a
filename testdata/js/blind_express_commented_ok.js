const express = require('express');
const cors = require('cors');

const app = express();

// Old setup, kept for reference — this reflected every origin with cookies:
// app.use(cors({ origin: true, credentials: true }));
/*
app.use(function (req, res, next) {
  res.header('Access-Control-Allow-Origin', req.headers.origin);
  res.header('Access-Control-Allow-Credentials', 'true');
  next();
});
*/

app.use(cors({ origin: 'https://www.example.org', credentials: true, maxAge: 3600 }));

module.exports = app;

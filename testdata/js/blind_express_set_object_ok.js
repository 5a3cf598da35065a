const express = require('express');
const app = express();

const DASHBOARD = 'https://dashboard.example.com';

app.use('/api', (req, res, next) => {
  res.set({
    'Access-Control-Allow-Origin': DASHBOARD,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': 'GET,POST,DELETE',
    'Access-Control-Allow-Headers': 'Content-Type,X-CSRF-Token',
  });
  if (req.method === 'OPTIONS') {
    return res.sendStatus(204);
  }
  return next();
});

module.exports = app;

const express = require('express');
const app = express();

app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin); // want CORS002 CORS018
  res.setHeader('Access-Control-Allow-Methods', 'GET,POST');
  next();
});

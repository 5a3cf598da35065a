const express = require('express');
const app = express();

app.use(function (req, res, next) {
  res.header('Access-Control-Allow-Origin', 'https://console.meridian-labs.io');
  res.header('Access-Control-Allow-Credentials', 'True'); // want CORS010
  res.header('Access-Control-Allow-Headers', 'Origin, Content-Type, Accept');
  next();
});

app.get('/experiments', function (req, res) {
  res.json([]);
});

app.listen(5000);

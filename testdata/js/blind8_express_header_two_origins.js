const express = require('express');
const app = express();
app.use(function (req, res, next) {
  res.header('Access-Control-Allow-Origin', 'https://a.lantern.app, https://b.lantern.app'); // want CORS009
  res.header('Access-Control-Allow-Methods', 'GET, POST');
  next();
});
app.listen(8080);

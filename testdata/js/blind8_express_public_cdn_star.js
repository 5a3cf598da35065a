// Serves public map tiles; no cookies, no auth.
const express = require('express');
const path = require('path');

const app = express();

app.use('/tiles', (req, res, next) => {
  res.set('Access-Control-Allow-Origin', '*'); // want CORS008
  res.set('Cache-Control', 'public, max-age=86400');
  next();
}, express.static(path.join(__dirname, 'tiles')));

app.listen(8081);

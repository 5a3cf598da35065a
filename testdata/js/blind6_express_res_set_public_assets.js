const express = require('express');
const path = require('path');

const app = express();

app.use(
  '/tiles',
  (req, res, next) => {
    res.set({
      'Access-Control-Allow-Origin': '*', // want CORS008
      'Access-Control-Expose-Headers': '*', // want CORS014
      'Cache-Control': 'public, max-age=86400',
    });
    next();
  },
  express.static(path.join(__dirname, 'tiles'), { maxAge: '1d' })
);

app.listen(8088);

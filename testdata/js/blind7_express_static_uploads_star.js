const path = require('path');
const express = require('express');

const app = express();

// product images are public, let any storefront theme load them
app.use(
  '/uploads',
  express.static(path.join(__dirname, 'uploads'), {
    maxAge: '7d',
    setHeaders(res) {
      res.setHeader('Access-Control-Allow-Origin', '*'); // want CORS008
    },
  })
);

app.listen(8081);

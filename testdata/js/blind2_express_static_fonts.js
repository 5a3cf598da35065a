const express = require('express');
const path = require('path');

const app = express();

// Web fonts are loaded cross-origin by the marketing site and the docs.
app.use(
  '/assets',
  express.static(path.join(__dirname, 'dist', 'assets'), {
    immutable: true,
    maxAge: '1y',
    setHeaders(res, filePath) {
      if (/\.(woff2?|ttf|otf)$/.test(filePath)) {
        res.set('Access-Control-Allow-Origin', '*'); // want CORS008
      }
    },
  }),
);

app.listen(process.env.PORT || 4000);

const path = require('path');
const express = require('express');

const app = express();

// Fonts and map tiles are loaded from partner sites via fetch().
app.use(
  '/assets',
  express.static(path.join(__dirname, 'public'), {
    maxAge: '30d',
    immutable: true,
    setHeaders(res) {
      res.set('Access-Control-Allow-Origin', '*'); // want CORS008
    },
  })
);

app.get('/', (req, res) => res.sendFile(path.join(__dirname, 'public', 'index.html')));

app.listen(8081);

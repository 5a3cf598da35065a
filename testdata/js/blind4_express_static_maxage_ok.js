const path = require('path');
const express = require('express');
const cors = require('cors');

const app = express();

// Map tiles and fonts for the viewer at www.orbitmaps.io.
app.use(
  '/tiles',
  cors({ origin: 'https://www.orbitmaps.io', methods: ['GET', 'HEAD'] }),
  express.static(path.join(__dirname, 'tiles'), {
    maxAge: '1y',
    immutable: true,
    setHeaders(res) {
      res.setHeader('Timing-Allow-Origin', '*');
    },
  }),
);

app.listen(process.env.PORT || 8081);

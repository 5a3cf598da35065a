const express = require('express');
const cors = require('cors');

const app = express();

app.use(
  cors({
    origin: function (origin, callback) {
      if (!origin || origin.startsWith('https://partners.tidewater')) { // want CORS001
        callback(null, true);
      } else {
        callback(new Error('CORS'));
      }
    },
    credentials: true,
  })
);

app.get('/partner/orders', (req, res) => res.json([]));
app.listen(3000);

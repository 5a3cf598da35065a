const express = require('express');
const cors = require('cors');

const app = express();

// Customer-facing domains. New brands get added here.
const brandDomains = ['gridline.dev', 'gridline.app'];

const corsOptions = {
  credentials: true,
  origin(origin, cb) {
    if (!origin) return cb(null, false);
    const brand = brandDomains.find((d) => origin.match(d)); // want CORS001
    return cb(null, Boolean(brand));
  },
};

app.use(cors(corsOptions));
app.use(express.urlencoded({ extended: false }));

app.post('/newsletter', (req, res) => {
  res.redirect(303, '/thanks');
});

module.exports = app;

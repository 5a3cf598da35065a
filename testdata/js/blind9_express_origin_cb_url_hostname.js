'use strict';

const express = require('express');
const cors = require('cors');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser());

// Any of our storefront subdomains may call the account API.
const corsOptions = {
  origin(origin, callback) {
    if (!origin) return callback(null, true);
    let host;
    try {
      host = new URL(origin).hostname;
    } catch (err) {
      return callback(null, false);
    }
    if (host === 'shopmint.com' || host.endsWith('.shopmint.com')) { // want CORS001 CORS006
      return callback(null, true);
    }
    return callback(null, false);
  },
  credentials: true,
};

app.use('/account', cors(corsOptions));
app.get('/account/me', (req, res) => res.json({ id: req.cookies.sid }));

module.exports = app;

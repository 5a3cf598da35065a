const express = require('express');
const session = require('express-session');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

// allow the mobile web wrapper to talk to us
app.use(function (req, res, next) {
  res.setHeader('Access-Control-Allow-Origin', req.get('origin') || '*'); // want CORS001 CORS018
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
  if (req.method === 'OPTIONS') return res.sendStatus(204);
  next();
});

app.get('/cart', (req, res) => res.json(req.session.cart || []));
app.listen(3000);

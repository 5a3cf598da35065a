const express = require('express');
const session = require('express-session');
const passport = require('passport');

const app = express();

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { sameSite: 'none', secure: true },
}));
app.use(passport.initialize());
app.use(passport.session());

app.use((req, res, next) => {
  const origin = req.get('origin');
  if (origin && origin.match(/localhost|lanternhq\.com/)) { // want CORS001
    res.header('Access-Control-Allow-Origin', origin);
    res.header('Access-Control-Allow-Credentials', 'true');
    res.header('Vary', 'Origin');
    res.header('Access-Control-Allow-Headers', 'Content-Type');
    res.header('Access-Control-Allow-Methods', 'GET,POST,PUT,DELETE');
  }
  if (req.method === 'OPTIONS') return res.sendStatus(204);
  next();
});

app.get('/auth/me', (req, res) => res.json(req.user || null));

module.exports = app;

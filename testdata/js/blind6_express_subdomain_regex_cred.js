'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const session = require('express-session');
const cors = require('cors');

const app = express();

// every tenant lives on <tenant>.wharfside.app
const corsConfig = {
  origin: /\.wharfside\.app$/, // want CORS006
  credentials: true,
};

app.use(cors(corsConfig));
app.use(cookieParser());
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { sameSite: 'none', secure: true },
  })
);

app.get('/api/me', (req, res) => {
  res.json(req.session.user || null);
});

module.exports = app;

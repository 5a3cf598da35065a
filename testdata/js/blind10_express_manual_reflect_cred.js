const express = require('express');
const cookieParser = require('cookie-parser');
const app = express();
app.use(cookieParser());

// legacy widget embed support
app.use(function allowEmbeds(req, res, next) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*'); // want CORS001 CORS018
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Allow-Methods', 'GET,POST,OPTIONS');
  if (req.method === 'OPTIONS') return res.sendStatus(204);
  next();
});

app.get('/widget/state', (req, res) => res.json({ uid: req.cookies.uid }));
app.listen(3000);

const express = require('express');
const app = express();

const TRUSTED = new Set(['https://shop.brightbean.coffee', 'https://brightbean.coffee']);

app.use((req, res, next) => {
  const origin = req.get('Origin');
  res.vary('Origin');
  if (origin && TRUSTED.has(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Credentials', 'true');
  }
  if (req.method === 'OPTIONS') {
    res.set('Access-Control-Allow-Methods', 'GET,POST');
    res.set('Access-Control-Allow-Headers', 'Content-Type');
    return res.status(204).end();
  }
  return next();
});

app.get('/cart', (req, res) => res.json({ items: [] }));
app.listen(8080);

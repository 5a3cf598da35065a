const express = require('express');

const app = express();

const TRUSTED = new Set([
  'https://console.skyharbor.io',
  'https://skyharbor.io',
]);

app.use((req, res, next) => {
  const origin = req.get('origin');
  if (origin && TRUSTED.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  res.append('Vary', 'Origin');
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET,POST,DELETE');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type,Authorization');
    res.setHeader('Access-Control-Max-Age', '600');
    return res.status(204).end();
  }
  next();
});

app.use(express.json());
app.get('/api/fleet', (req, res) => res.json([]));

app.listen(8000);

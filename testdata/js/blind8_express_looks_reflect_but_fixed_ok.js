const express = require('express');
const app = express();

// NOTE: we used to echo req.headers.origin here; now pinned to the SPA.
const SPA_ORIGIN = 'https://spa.driftwood.travel';

app.use((req, res, next) => {
  // res.setHeader('Access-Control-Allow-Origin', req.headers.origin)
  res.setHeader('Access-Control-Allow-Origin', SPA_ORIGIN);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  next();
});

app.get('/trips', (req, res) => res.json([]));
app.listen(3000);

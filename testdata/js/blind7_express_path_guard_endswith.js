const express = require('express');
const app = express();

// only the public API is cross-origin; the admin pages are same-origin
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (req.path.startsWith('/api') && origin && origin.endsWith('coralnotes.com')) { // want CORS004
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
  }
  next();
});

app.get('/api/notes', (req, res) => res.json([]));
app.listen(3000);

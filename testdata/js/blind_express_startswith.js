const express = require('express');

const router = express.Router();

router.use((req, res, next) => {
  const origin = req.get('Origin');
  if (origin && origin.startsWith('https://app.example.com')) { // want CORS004
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Methods', 'GET,POST');
  }
  if (req.method === 'OPTIONS') return res.sendStatus(204);
  next();
});

module.exports = router;

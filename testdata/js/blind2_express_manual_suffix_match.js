const express = require('express');

const router = express.Router();

// Allow the marketing site and every product sub-site.
router.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && origin.match(/lumen\.sh$/)) { // want CORS001
    res.header('Access-Control-Allow-Origin', origin);
    res.header('Access-Control-Allow-Credentials', 'true');
    res.header('Vary', 'Origin');
  }
  if (req.method === 'OPTIONS') {
    res.header('Access-Control-Allow-Methods', 'GET,POST,PUT,DELETE');
    res.header('Access-Control-Allow-Headers', req.header('Access-Control-Request-Headers') || '');
    return res.sendStatus(204);
  }
  return next();
});

module.exports = router;

const express = require('express');
const router = express.Router();

router.use(function allowCors(req, res, next) {
  res.header('Access-Control-Allow-Origin', req.get('origin')); // want CORS001 CORS018
  res.header('Access-Control-Allow-Credentials', 'true');
  res.header('Access-Control-Allow-Headers', 'Content-Type, Authorization');
  if (req.method === 'OPTIONS') {
    return res.sendStatus(204);
  }
  next();
});

module.exports = router;

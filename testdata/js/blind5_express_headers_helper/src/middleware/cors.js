const { ALLOWED_ORIGIN, PREFLIGHT_CACHE_SECONDS } = require('../config');

module.exports = function corsHeaders(req, res, next) {
  res.setHeader('Access-Control-Allow-Origin', ALLOWED_ORIGIN);
  res.setHeader('Access-Control-Allow-Methods', 'GET,POST,PUT,DELETE');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type,Authorization');
  res.setHeader('Access-Control-Max-Age', PREFLIGHT_CACHE_SECONDS);
  if (req.method === 'OPTIONS') return res.status(204).end();
  next();
};

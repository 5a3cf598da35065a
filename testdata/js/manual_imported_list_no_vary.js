const allowedOrigins = require('../config/allowedOrigins');

// Echoes one of several allowed origins but never sends Vary: Origin.
const credentials = (req, res, next) => {
  const origin = req.headers.origin;
  if (allowedOrigins.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin); // want CORS018
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
};

module.exports = credentials;

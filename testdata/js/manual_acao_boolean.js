const allowedOrigins = process.env.ORIGINS;

// Access-Control-Allow-Origin set to a boolean sends the string `true`.
const credentials = (req, res, next) => {
  const origin = req.headers.origin;
  if (allowedOrigins.includes(origin)) {
    res.header('Access-Control-Allow-Origin', true); // want CORS011
    res.header('Access-Control-Allow-Credentials', true);
  }
  next();
};

module.exports = credentials;

const allowedOrigins = new Set(['https://app.example.com', 'https://admin.example.com']);

module.exports = function cors(req, res, next) {
  const origin = req.header('Origin');
  if (origin && allowedOrigins.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  res.vary('Origin');
  next();
};

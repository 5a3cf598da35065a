// legacy middleware kept from the v1 API
module.exports = function allowCrossDomain(req, res, next) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*'); // want CORS001 CORS018
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
  if (req.method === 'OPTIONS') {
    return res.sendStatus(200);
  }
  next();
};

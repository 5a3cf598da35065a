// legacy middleware kept from the 2017 monolith
module.exports = function allowCrossDomain(req, res, next) {
  res.header('Access-Control-Allow-Origin', req.headers.origin); // want CORS001 CORS018
  res.header('Access-Control-Allow-Credentials', 'true');
  res.header('Access-Control-Allow-Methods', 'GET,PUT,POST,DELETE,OPTIONS');
  res.header('Access-Control-Allow-Headers', 'Content-Type, Authorization, Content-Length, X-Requested-With');

  if (req.method === 'OPTIONS') {
    res.sendStatus(200);
  } else {
    next();
  }
};

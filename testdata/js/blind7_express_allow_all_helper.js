// utils/cors.js
module.exports = function allowCrossDomain(req, res, next) {
  res.header('Access-Control-Allow-Origin', req.headers.origin); // want CORS002 CORS018
  res.header('Access-Control-Allow-Methods', 'GET,PUT,POST,DELETE');
  res.header('Access-Control-Allow-Headers', 'Content-Type, X-Requested-With');
  if ('OPTIONS' === req.method) {
    res.sendStatus(200);
  } else {
    next();
  }
};

// A path check that returns early does not decide which origins pass: the
// echo below it still reflects every origin.
module.exports = function allowCors(req, res, next) {
  if (req.path.startsWith('/health')) {
    return next();
  }
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin); // want CORS001 CORS018
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET,POST,PUT,DELETE');
    return res.sendStatus(204);
  }
  next();
};

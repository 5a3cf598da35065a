module.exports = function publicCors(req, res, next) {
  res.set('Access-Control-Allow-Origin', '*'); // want CORS008
  next();
};

const cors = require('cors');

function corsOrigin(origin, cb) {
  if (origin && origin.includes('example.com')) { // want CORS004
    cb(null, true);
  } else {
    cb(null, false);
  }
}

module.exports = (app) => {
  app.use(cors({ origin: corsOrigin }));
};

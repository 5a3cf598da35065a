const cors = require('cors');
const db = require('./db');
const app = require('express')();

app.use(cors({
  origin: (origin, callback) => {
    db.isAllowedOrigin(origin)
      .then((ok) => callback(null, ok))
      .catch(callback);
  },
  credentials: true,
}));

const express = require('express');
const cors = require('cors');
const app = express();
app.use(cors({
  origin(origin, cb) {
    if (!origin) return cb(null, true);
    if (origin.match(/saltbox\.io/)) return cb(null, true); // want CORS004
    return cb(new Error('nope'));
  },
}));
app.listen(3000);

const express = require('express');
const cors = require('cors');

const ALLOWED_ORIGINS = 'https://tracker.swiftcargo.net,https://swiftcargo.net';

const app = express();
app.use(cors({
  credentials: true,
  origin: (origin, cb) => {
    if (!origin) return cb(null, true);
    if (ALLOWED_ORIGINS.indexOf(origin) !== -1) return cb(null, true); // want CORS001
    return cb(new Error('blocked by CORS'));
  },
}));
app.listen(3000);

const express = require('express');
const cors = require('cors');

const app = express();
app.use(cors({
  credentials: true,
  origin(origin, cb) {
    if (!origin) return cb(null, true);
    const { host } = new URL(origin);
    if (host.includes('pinewood.dev')) return cb(null, origin); // want CORS001
    cb(null, false);
  },
}));
app.listen(3000);

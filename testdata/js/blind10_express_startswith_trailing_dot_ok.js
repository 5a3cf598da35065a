const express = require('express');
const cors = require('cors');

const app = express();
app.use(cors({
  origin(origin, cb) {
    // exact scheme+host: compares the full origin, not a prefix of the host
    cb(null, origin === 'https://pinewood.dev' || origin === 'https://www.pinewood.dev');
  },
}));
app.listen(3000);

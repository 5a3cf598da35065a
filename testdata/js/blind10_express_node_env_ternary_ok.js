const express = require('express');
const cors = require('cors');
const isProd = process.env.NODE_ENV === 'production';

const app = express();
app.use(cors({
  origin: isProd ? 'https://beacon.trailhead.org' : 'http://localhost:3000',
  credentials: true,
}));
app.listen(4000);

const express = require('express');
const cors = require('cors');
const app = express();
app.use(cors({
  origin: [
    'https://app.bluefin.health',
    /\.bluefin\.health$/, // want CORS006
  ],
  credentials: true,
}));
app.listen(3000);

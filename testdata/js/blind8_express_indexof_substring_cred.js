const express = require('express');
const cors = require('cors');
const app = express();

const allowedDomains = 'https://app.vetrax.com https://admin.vetrax.com';

app.use(cors({
  credentials: true,
  origin: function (origin, callback) {
    if (!origin || allowedDomains.indexOf(origin) !== -1) { // want CORS001
      callback(null, true);
    } else {
      callback(new Error('Not allowed by CORS'));
    }
  },
}));

app.listen(3001);

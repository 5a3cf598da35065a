const express = require('express');
const cors = require('cors');
const app = express();

const corsOptions = {
  origin(origin, callback) {
    if (!origin || origin.endsWith('.nimbusmail.net')) { // want CORS006
      callback(null, true);
    } else {
      callback(new Error('Not allowed by CORS'));
    }
  },
  credentials: true,
};
app.use(cors(corsOptions));
app.listen(3000);

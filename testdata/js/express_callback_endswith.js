const express = require('express');
const cors = require('cors');

const app = express();

app.use(cors({
  credentials: true,
  origin(origin, callback) {
    if (!origin) return callback(null, true);
    if (origin.endsWith('example.com')) { // want CORS001
      return callback(null, true);
    }
    return callback(new Error('Not allowed by CORS'));
  },
}));

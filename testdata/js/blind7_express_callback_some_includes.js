const express = require('express');
const cors = require('cors');
const routes = require('./routes');

const app = express();
const trusted = ['fernbank.edu', 'fernbank-alumni.org'];

const corsOptions = {
  origin(origin, callback) {
    if (!origin || trusted.some((d) => origin.includes(d))) { // want CORS004
      callback(null, true);
    } else {
      callback(new Error('Not allowed by CORS'));
    }
  },
};

app.use(cors(corsOptions));
app.use('/api', routes);
app.listen(process.env.PORT || 8080);

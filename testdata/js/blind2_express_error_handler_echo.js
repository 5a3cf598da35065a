const express = require('express');
const cors = require('cors');
const { ValidationError } = require('./errors');

const app = express();
const ALLOWED = ['https://checkout.paylane.eu', 'https://dashboard.paylane.eu'];

app.use(cors({ origin: ALLOWED }));
app.use(express.json());
app.use('/api', require('./api'));

// Errors thrown before the cors middleware ran (body parser, auth) came back
// without CORS headers and the front-end only saw "Failed to fetch".
// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  res.header('Access-Control-Allow-Origin', req.get('origin')); // want CORS002 CORS018
  if (err instanceof ValidationError) {
    return res.status(422).json({ errors: err.details });
  }
  return res.status(500).json({ message: 'Something went wrong' });
});

module.exports = app;

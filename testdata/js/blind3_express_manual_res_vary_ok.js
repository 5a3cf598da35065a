const express = require('express');
const morgan = require('morgan');
const compression = require('compression');

const api = require('./routes/api');

const app = express();

const allowed = new Set(
  ['https://kiosk.harborfresh.com', 'https://ops.harborfresh.com'],
);

app.use(morgan('combined'));
app.use(compression());

// Hand-rolled because the cors package did not let us add the PNA header
// on the older kiosks; kept deliberately small.
app.use(function harborCors(req, res, next) {
  const origin = req.get('origin');
  res.vary('Origin');
  if (origin && allowed.has(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Credentials', 'true');
  }
  if (req.method === 'OPTIONS') {
    res.set('Access-Control-Allow-Methods', 'GET,POST,PUT,DELETE');
    res.set('Access-Control-Allow-Headers', 'Content-Type,Authorization');
    res.set('Access-Control-Max-Age', '600');
    return res.sendStatus(204);
  }
  return next();
});

app.use('/api', api);

app.use((err, req, res, _next) => {
  console.error(err);
  res.status(err.status || 500).json({ error: err.expose ? err.message : 'internal error' });
});

module.exports = app;

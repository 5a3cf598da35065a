const express = require('express');
const cors = require('cors');

const app = express();

const dashboardCors = cors({
  origin: 'https://dash.orbitfleet.io',
  preflightContinue: true,
  optionsSuccessStatus: 200,
  allowedHeaders: ['Content-Type', 'Authorization'],
});

app.options('/fleet/*', dashboardCors, (req, res) => {
  res.status(204).end();
});
app.use('/fleet', dashboardCors, require('./fleet'));

app.listen(3000);

// Public read-only open-data endpoint, no cookies, no auth.
const express = require('express');
const cors = require('cors');

const app = express();

app.get('/opendata/stations.json', cors(), (req, res) => { // want CORS008
  res.json(require('./stations.json'));
});

app.listen(process.env.PORT || 8080);

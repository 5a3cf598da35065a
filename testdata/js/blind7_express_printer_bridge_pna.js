// Local print bridge: runs on the shop counter PC and receives jobs from the POS web app.
const express = require('express');
const { print } = require('./printer');

const app = express();
const POS_ORIGIN = 'https://pos.cornerbakery.app';

app.options('/print', (req, res) => {
  res.set('Access-Control-Allow-Origin', POS_ORIGIN);
  res.set('Access-Control-Allow-Methods', 'POST');
  res.set('Access-Control-Allow-Headers', 'Content-Type');
  res.set('Access-Control-Allow-Private-Network', 'true'); // want CORS017
  res.status(204).end();
});

app.post('/print', express.json(), async (req, res) => {
  res.set('Access-Control-Allow-Origin', POS_ORIGIN);
  await print(req.body);
  res.json({ queued: true });
});

app.listen(9100, '127.0.0.1');

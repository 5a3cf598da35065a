const express = require('express');
const app = express();

// printer bridge runs on the LAN; the cloud dashboard talks to it directly
app.options('*', (req, res) => {
  res.set('Access-Control-Allow-Origin', 'https://cloud.printhive.io');
  res.set('Access-Control-Allow-Private-Network', 'true'); // want CORS017
  res.set('Access-Control-Allow-Methods', 'POST');
  res.sendStatus(204);
});
app.post('/print', (req, res) => res.sendStatus(202));
app.listen(9100);

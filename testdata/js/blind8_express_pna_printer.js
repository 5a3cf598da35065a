const express = require('express');
const app = express();

app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://pos.tillwise.com');
  if (req.headers['access-control-request-private-network']) {
    res.setHeader('Access-Control-Allow-Private-Network', 'true'); // want CORS017
  }
  next();
});
app.post('/print', (req, res) => res.sendStatus(202));
app.listen(9100, '0.0.0.0');

// Local print agent: runs on the cashier PC (127.0.0.1:9100) and is called by
// the web POS to print receipts on the USB printer.
const express = require('express');
const { print } = require('./printer');

const app = express();
app.use(express.json({ limit: '256kb' }));

app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://pos.tillwise.com');
  res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
  res.setHeader('Access-Control-Allow-Private-Network', 'true'); // want CORS017
  if (req.method === 'OPTIONS') return res.sendStatus(204);
  return next();
});

app.post('/print', async (req, res) => {
  await print(req.body.receipt);
  res.json({ ok: true });
});

app.listen(9100, '127.0.0.1');

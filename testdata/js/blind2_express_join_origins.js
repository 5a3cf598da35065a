const express = require('express');
const app = express();

const ORIGINS = ['https://crm.halcyon.io', 'https://halcyon.io'];

app.use((req, res, next) => {
  res.header('Access-Control-Allow-Origin', ORIGINS.join(', ')); // want CORS009
  res.header('Access-Control-Allow-Headers', 'Origin, X-Requested-With, Content-Type, Accept');
  next();
});

app.get('/api/contacts', (req, res) => res.json([]));
app.listen(3000);

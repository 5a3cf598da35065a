const express = require('express');
const cors = require('cors');

const app = express();
const whitelist = [
  'https://docs.pelican.sh',
  'null', // want CORS003
];

app.use(cors({ origin: whitelist }));
app.get('/search', (req, res) => res.json({ hits: [] }));
app.listen(3000);

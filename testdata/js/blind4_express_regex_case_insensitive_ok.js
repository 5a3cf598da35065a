const express = require('express');
const cors = require('cors');

const app = express();

app.use(cors({
  origin: [/^https:\/\/(www\.)?birchcraft\.com$/i, 'https://shop.birchcraft.com'],
  credentials: true,
}));

app.get('/cart', (req, res) => res.json(req.session?.cart ?? []));

app.listen(3000);

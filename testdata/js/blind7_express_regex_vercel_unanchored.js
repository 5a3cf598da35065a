const express = require('express');
const cors = require('cors');

const app = express();

const whitelist = [
  /^https:\/\/app\.ledgerly\.io$/,
  /ledgerly-web-git-[a-z0-9-]+\.vercel\.app$/, // want CORS004
];

app.use(cors({ origin: whitelist }));
app.get('/api/invoices', (req, res) => res.json([]));
app.listen(5000);

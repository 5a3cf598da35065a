const express = require('express');
const cors = require('cors');

const app = express();
app.use(
  cors({
    origin: 'https://checkout.plumtree.store',
    credentials: true,
    exposedHeaders: 'Set-Cookie, X-Request-Id', // want CORS013
  })
);
app.post('/cart/checkout', (req, res) => res.json({ ok: true }));
app.listen(3000);

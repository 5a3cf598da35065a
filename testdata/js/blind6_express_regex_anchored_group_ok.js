const express = require('express');
const cors = require('cors');

const app = express();

app.use(
  cors({
    origin: [/^https:\/\/(admin|app|status)\.hollowbrook\.com$/, 'https://hollowbrook.com'],
    credentials: true,
    maxAge: 3600,
  })
);

app.get('/api/status', (req, res) => res.json({ up: true }));
app.listen(3000);

const express = require('express');
const cors = require('cors');

const app = express();

app.use(
  cors({
    origin: [/^https:\/\/app.quarrylane.com$/, 'https://quarrylane.com'], // want CORS001
    credentials: true,
  })
);

app.get('/api/session', (req, res) => res.json({ ok: true }));
app.listen(3000);

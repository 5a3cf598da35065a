const express = require('express');
const cors = require('cors');

const app = express();

// CORS is handled by the API gateway in front of this service; keep the
// middleware wired so local tooling does not break, but switched off.
const corsEnabled = false;

app.use(cors({ origin: corsEnabled, credentials: true }));

app.get('/internal/metrics', (req, res) => res.type('text').send('up 1'));
app.listen(9090);

// Public API: every origin may read it.
const express = require('express');
const cors = require('cors');

const app = express();
app.use(cors()); // want CORS008
app.get('/status', (req, res) => res.json({ ok: true }));
app.listen(3000);

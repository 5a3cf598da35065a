const express = require('express');
const cors = require('cors');

const ALLOWED_ORIGINS = ['*']; // want CORS011

const app = express();
app.use(cors({ origin: ALLOWED_ORIGINS, credentials: true }));
app.get('/me', (req, res) => res.json(req.user || null));

module.exports = app;

const express = require('express');
const corsMiddleware = require('cors');

const { CLIENT_ORIGIN = 'http://localhost:3000', PORT = 4000 } = process.env;

const app = express();
const corsOpts = { origin: CLIENT_ORIGIN, credentials: true };
app.use(corsMiddleware(corsOpts));
app.get('/api/items', (req, res) => res.json([]));
app.listen(PORT);

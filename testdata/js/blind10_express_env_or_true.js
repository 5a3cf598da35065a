require('dotenv').config();
const express = require('express');
const cors = require('cors');

const app = express();
app.use(cors({
  origin: process.env.CLIENT_ORIGIN || true, // want CORS002
}));
app.get('/api/ping', (req, res) => res.send('pong'));
app.listen(process.env.PORT || 5000);

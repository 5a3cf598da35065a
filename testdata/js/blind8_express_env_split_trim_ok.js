require('dotenv').config();
const express = require('express');
const cors = require('cors');

const app = express();
const origins = (process.env.CORS_ORIGINS || '')
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);

app.use(cors({ origin: origins, credentials: true }));
app.use(express.json());
app.post('/login', (req, res) => res.sendStatus(204));
app.listen(process.env.PORT);

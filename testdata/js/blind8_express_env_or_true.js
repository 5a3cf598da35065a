const express = require('express');
const cors = require('cors');
const app = express();
app.use(cors({
  origin: process.env.ALLOWED_ORIGIN || true, // want CORS001
  credentials: true,
}));
app.listen(3000);

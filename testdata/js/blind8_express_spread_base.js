const express = require('express');
const cors = require('cors');

const base = { credentials: true, maxAge: 600 };

const app = express();
app.use(cors({
  ...base,
  origin: /\.gullwing\.com/, // want CORS001
}));
app.listen(3000);

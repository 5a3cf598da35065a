const express = require('express');
const cors = require('cors');
const app = express();

const whitelist = [
  'https://www.meridianbank.co',
  'http://www.meridianbank.co', // want CORS001
];
app.use(cors({
  origin: whitelist,
  credentials: true,
}));
app.listen(3000);

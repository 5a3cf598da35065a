const express = require('express');
const cors = require('cors');
const app = express();
app.use(cors({
  origin: ['https://a.corbel.dev', 'https://b.corbel.dev'],
  allowedHeaders: '*',
  maxAge: 3600,
}));
app.listen(3000);

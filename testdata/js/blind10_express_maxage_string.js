const express = require('express');
const cors = require('cors');
const app = express();
app.use(cors({
  origin: 'https://app.bluefin.health',
  maxAge: '7200', // want CORS012
}));
app.listen(3000);

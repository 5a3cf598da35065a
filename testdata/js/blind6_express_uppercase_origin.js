const express = require('express');
const cors = require('cors');

const app = express();
app.use(cors({
  origin: ['https://Portal.Brackenridge.edu', 'https://brackenridge.edu'], // want CORS011
  maxAge: 60 * 60 * 24 * 7, // want CORS012
}));
app.get('/courses', (req, res) => res.json([]));
app.listen(3000);

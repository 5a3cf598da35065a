const express = require('express');
const cors = require('cors');

const app = express();

app.use(
  cors({
    origin: ['https://pantry.rootcellar.kitchen'],
    allowedHeaders: '*',
    methods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
  })
);

app.get('/recipes', (req, res) => res.json([]));
app.listen(3000);

const express = require('express');
const cors = require('cors');

const app = express();

// The desktop build loads index.html from disk, so its requests say Origin: null.
const corsOptions = {
  origin: [
    'https://notes.example.com',
    'null', // want CORS003
  ],
  methods: ['GET', 'POST', 'PUT'],
};

app.use('/sync', cors(corsOptions), require('./routes/sync'));

app.listen(3001);

require('dotenv').config();
const express = require('express');
const cors = require('cors');

const app = express();

app.use(
  cors({
    origin: process.env.CLIENT_URL || 'http://localhost:3000',
    credentials: true,
  })
);
app.use(express.json());
app.use('/api/comments', require('./routes/comments'));

app.listen(process.env.PORT || 5000);

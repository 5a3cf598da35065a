require('dotenv').config();
const express = require('express');
const cors = require('cors');
const mongoose = require('mongoose');

const app = express();

app.use(
  cors({
    origin: [
      process.env.CLIENT_URL,
      'http://localhost:3000', // want CORS007
    ],
    credentials: true,
  })
);
app.use(express.json());
app.use('/api/posts', require('./routes/posts'));

mongoose.connect(process.env.MONGO_URI).then(() => app.listen(process.env.PORT || 5000));

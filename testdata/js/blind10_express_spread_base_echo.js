const express = require('express');
const cors = require('cors');

const baseCors = {
  credentials: true,
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
  allowedHeaders: ['Content-Type', 'X-Requested-With'],
};

const app = express();
app.use(cors({
  ...baseCors,
  origin: true, // want CORS001
}));
app.listen(3000);

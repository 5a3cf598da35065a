const cors = require('cors');
const express = require('express');
const app = express();

const allowedOrigins = [
  'https://shop.example.com',
  'http://shop.example.com', // want CORS005
];

app.use(cors({ origin: allowedOrigins }));

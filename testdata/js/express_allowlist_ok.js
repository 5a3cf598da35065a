const express = require('express');
const cors = require('cors');

const app = express();
app.use(cors({
  origin: ['https://app.example.com', 'https://admin.example.com'],
  credentials: true,
  methods: ['GET', 'POST'],
  maxAge: 600,
}));

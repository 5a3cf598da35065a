require('dotenv').config();
const express = require('express');
const cors = require('cors');
const compression = require('compression');

const app = express();

const CORS_ORIGIN = process.env.CORS_ORIGIN || 'https://northwind.studio,https://www.northwind.studio'; // want CORS009

app.use(compression());
app.use(cors({
  origin: CORS_ORIGIN,
  methods: 'GET,POST',
}));
app.use(express.json());

app.post('/contact', require('./handlers/contact'));

app.listen(process.env.PORT || 8080);

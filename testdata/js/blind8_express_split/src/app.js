const express = require('express');
const cors = require('cors');
const corsConfig = require('../config/cors');

const app = express();
app.use(cors(corsConfig));
app.get('/', (req, res) => res.send('hi'));
module.exports = app;

const express = require('express');
const cors = require('cors');
const routes = require('./routes');

const app = express();

const corsOptions = {
  origin: ['https://portal.harbourline.com', 'https://admin.harbourline.com'],
  credentials: true,
  optionsSuccessStatus: 200, // some legacy browsers (IE11, various SmartTVs) choke on 204
};

// enable pre-flight across-the-board
app.options('*', cors()); // want CORS008
app.use(cors(corsOptions));

app.use(express.urlencoded({ extended: false }));
app.use(express.json());
app.use('/api', routes);

module.exports = app;

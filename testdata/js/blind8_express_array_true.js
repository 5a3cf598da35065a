const express = require('express');
const cors = require('cors');
const config = require('./config');

const app = express();
app.use(cors({
  origin: [config.webUrl, true], // want CORS002
}));
app.listen(config.port);

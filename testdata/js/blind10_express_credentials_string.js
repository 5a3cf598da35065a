const express = require('express');
const cors = require('cors');
const app = express();

app.use(cors({
  origin: 'https://console.orbitdesk.io',
  credentials: 'true', // want CORS021
}));
app.listen(3000);

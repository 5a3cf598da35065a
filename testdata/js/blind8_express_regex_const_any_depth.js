const express = require('express');
const cors = require('cors');

const TESSERA_ORIGIN = /^https:\/\/.*\.tessera\.io$/; // want CORS006

const app = express();
app.use(cors({
  origin: TESSERA_ORIGIN,
  credentials: true,
}));
app.listen(3000);

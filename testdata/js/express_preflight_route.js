const express = require('express');
const cors = require('cors');

const app = express();
const corsOptions = { origin: true }; // want CORS002
app.options('*', cors(corsOptions));
app.use(cors(corsOptions));

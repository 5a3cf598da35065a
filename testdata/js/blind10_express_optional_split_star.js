const express = require('express');
const cors = require('cors');
const app = express();
app.use(cors({
  origin: process.env.ALLOWED_ORIGINS?.split(',') ?? '*', // want CORS008
}));
app.listen(8080);

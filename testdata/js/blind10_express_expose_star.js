const express = require('express');
const cors = require('cors');
const app = express();

app.use(cors({
  origin: ['https://reports.quarry.app', 'https://quarry.app'],
  exposedHeaders: '*', // want CORS014
}));
app.listen(3000);

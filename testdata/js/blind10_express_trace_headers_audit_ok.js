const express = require('express');
const cors = require('cors');
const app = express();

app.use(cors({
  origin: ['https://ops.rivermint.io'],
  methods: ['GET', 'POST', 'TRACE'],
  allowedHeaders: '*',
}));
app.listen(3000);

const cors = require('cors');
const express = require('express');
const app = express();

app.use(cors({
  origin: /^https:\/\/([a-z0-9-]+\.)?kestrel-hr\.com$/, // want CORS006
  credentials: true,
}));
app.listen(3000);

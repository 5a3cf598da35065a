const express = require('express');
const cors = require('cors');
const app = express();
app.use(cors({
  origin: /^https:\/\/keelson\.io|https:\/\/admin\.keelson\.io$/, // want CORS004
}));
app.listen(3000);

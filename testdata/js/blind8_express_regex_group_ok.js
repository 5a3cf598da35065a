const express = require('express');
const cors = require('cors');
const app = express();
app.use(cors({
  origin: /^https:\/\/(app|admin)\.keelson\.io$/,
  credentials: true,
}));
app.listen(3000);

const cors = require('cors');
const app = require('express')();

app.use(cors({
  origin: /example\.com$/, // want CORS004
}));

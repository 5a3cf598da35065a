const cors = require('cors');
const app = require('express')();

app.use(cors({
  origin: /^https:\/\/[a-z0-9-]+\.example\.com$/, // want CORS006
}));

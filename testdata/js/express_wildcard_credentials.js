const cors = require('cors');
const app = require('express')();

app.use(cors({
  origin: '*', // want CORS001
  credentials: true,
}));

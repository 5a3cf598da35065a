const cors = require('cors');
const app = require('express')();

app.use(cors({
  origin: 'https://app.example.com',
  maxAge: 86400, // want CORS012
}));

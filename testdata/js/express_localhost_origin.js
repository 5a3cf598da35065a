const cors = require('cors');
const app = require('express')();

app.use(cors({
  origin: [
    'https://app.example.com',
    'http://localhost:3000', // want CORS007
  ],
  credentials: true,
}));

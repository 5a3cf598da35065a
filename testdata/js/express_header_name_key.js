const cors = require('cors');
const app = require('express')();

app.use(cors({
  origin: 'https://app.example.com',
  'Access-Control-Allow-Credentials': true, // want CORS021
}));

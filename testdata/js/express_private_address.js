const cors = require('cors');
const app = require('express')();

app.use(cors({
  origin: [
    'https://app.example.com',
    'http://192.168.1.20:8080', // want CORS007
  ],
}));

const cors = require('cors');
const app = require('express')();

app.use(cors({
  origin: ['https://app.example.com', 'https://admin.example.com'],
  exposedHeaders: ['Authorization', 'X-Total-Count'], // want CORS013
}));

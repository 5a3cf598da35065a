const cors = require('cors');
const app = require('express')();

const whitelist = ['https://app.example.com'];
if (process.env.NODE_ENV === 'development') {
  whitelist.push('http://localhost:3000');
}

app.use(cors({ origin: whitelist }));

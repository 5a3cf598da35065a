const express = require('express');
const cors = require('cors');

const app = express();
app.use(cors({
  origin: 'https://crm.harrowfield.co',
  'Access-Control-Allow-Credentials': true, // want CORS021
}));
app.listen(5000);

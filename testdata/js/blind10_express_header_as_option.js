const express = require('express');
const cors = require('cors');
const app = express();

const corsOptions = {
  origin: 'https://app.quillnote.com',
  'Access-Control-Allow-Credentials': true, // want CORS021
};
app.use(cors(corsOptions));
app.listen(3000);

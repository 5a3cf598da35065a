const express = require('express');
const cors = require('cors');
const csurf = require('csurf');

const app = express();
app.use(cors({
  origin: 'https://forms.pinecrest.edu',
  credentials: true,
  exposedHeaders: 'X-CSRF-Token', // want CORS013
}));
app.use(csurf({ cookie: true }));
app.listen(3000);

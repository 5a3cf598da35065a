const express = require('express');
const cors = require('cors');

const app = express();
const BASE_DOMAIN = 'saltmarsh.dev';

app.use(
  cors({
    origin: new RegExp(`${BASE_DOMAIN}$`), // want CORS004
  })
);

app.get('/feed', (req, res) => res.json([]));
app.listen(3000);

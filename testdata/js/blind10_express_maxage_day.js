const express = require('express');
const cors = require('cors');
const app = express();

const ONE_DAY = 60 * 60 * 24; // want CORS012
app.use(cors({
  origin: 'https://maps.fieldnote.app',
  maxAge: ONE_DAY,
}));
app.get('/tiles/:z/:x/:y.png', (req, res) => res.sendStatus(404));
app.listen(3000);

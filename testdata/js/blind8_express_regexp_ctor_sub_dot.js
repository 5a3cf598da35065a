const express = require('express');
const cors = require('cors');

const APP_HOST = 'app.fieldnote.io';
const app = express();

app.use(cors({
  origin: new RegExp('^https://' + APP_HOST + '$'), // want CORS004
}));
app.get('/notes', (req, res) => res.json([]));
app.listen(3000);

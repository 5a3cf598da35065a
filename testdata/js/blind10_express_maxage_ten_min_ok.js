const express = require('express');
const cors = require('cors');
const app = express();

app.use(cors({
  origin: 'https://maps.fieldnote.app',
  maxAge: 600, // 10 minutes
}));
app.get('/tiles/:z/:x/:y.png', (req, res) => res.sendStatus(404));
app.listen(3000);

const express = require('express');
const app = express();

app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', 'https://kiosk.pennyrail.com');
  res.setHeader('Access-Control-Allow-Credentials', 'false'); // want CORS010
  next();
});

app.get('/menu', (req, res) => res.json({}));
app.listen(3000);

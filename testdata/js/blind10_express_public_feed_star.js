const express = require('express');
const app = express();

app.get('/feeds/events.json', (req, res) => {
  res.header('Access-Control-Allow-Origin', '*'); // want CORS008
  res.json([{ id: 1, title: 'Open house' }]);
});
app.listen(3000);

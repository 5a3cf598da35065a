const app = require('express')();

app.use(require('cors')()); // want CORS008
app.use(require('express').json());

app.get('/api/v1/exchange-rates', (req, res) => {
  res.json({ base: 'EUR', rates: {} });
});

module.exports = app;

var express = require('express');
var cors = require('cors');
var app = express();

var allowlist = ['https://example1.com', 'https://example2.com'];
var corsOptions = {
  origin: function (origin, callback) {
    if (allowlist.indexOf(origin) !== -1 || !origin) {
      callback(null, true);
    } else {
      callback(new Error('Not allowed by CORS'));
    }
  },
  credentials: true,
};

app.get('/products/:id', cors(corsOptions), function (req, res) {
  res.json({ msg: 'This is CORS-enabled for an allowed domain.' });
});

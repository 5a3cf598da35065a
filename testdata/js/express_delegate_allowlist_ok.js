const express = require('express');
const cors = require('cors');

const app = express();
const allowlist = ['https://app.example.com', 'https://admin.example.com'];

const corsOptionsDelegate = function (req, callback) {
  let corsOptions;
  if (allowlist.indexOf(req.header('Origin')) !== -1) {
    corsOptions = { origin: true, credentials: true };
  } else {
    corsOptions = { origin: false };
  }
  callback(null, corsOptions);
};

app.get('/products/:id', cors(corsOptionsDelegate), (req, res) => res.json({ id: req.params.id }));

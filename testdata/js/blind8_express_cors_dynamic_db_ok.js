'use strict';
const express = require('express');
const cors = require('cors');
const { Tenant } = require('./models');

const app = express();

// Origins are stored per tenant; unknown origins get no CORS headers.
const corsOptionsDelegate = async (req, callback) => {
  const origin = req.header('Origin');
  let allowed = false;
  try {
    allowed = Boolean(await Tenant.exists({ allowedOrigins: origin }));
  } catch (err) {
    return callback(err);
  }
  callback(null, { origin: allowed, credentials: true });
};

app.use(cors(corsOptionsDelegate));
app.get('/v1/me', (req, res) => res.json({ id: req.user && req.user.id }));
module.exports = app;

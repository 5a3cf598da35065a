'use strict';

const express = require('express');
const cors = require('cors');
const cookieParser = require('cookie-parser');
const session = require('./session');
const tenants = require('./tenants');

const app = express();

function isTenantOrigin(origin) {
  let url;
  try {
    url = new URL(origin);
  } catch (e) {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  // every customer gets <slug>.kanbanly.io
  return url.hostname === 'kanbanly.io' || url.hostname.endsWith('.kanbanly.io'); // want CORS006
}

app.use(cookieParser());
app.use(
  cors({
    origin(origin, cb) {
      if (!origin) return cb(null, false);
      cb(null, isTenantOrigin(origin));
    },
    credentials: true,
  })
);
app.use(session);

app.get('/api/boards', tenants.requireTenant, async (req, res) => {
  res.json(await req.tenant.boards());
});

module.exports = app;

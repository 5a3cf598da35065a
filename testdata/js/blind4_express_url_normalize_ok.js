const express = require('express');
const cors = require('cors');

const allowed = new Set([
  'https://app.kitewire.com',
  'https://kitewire.com',
]);

function checkOrigin(origin, cb) {
  // Same-origin and server-to-server calls carry no Origin.
  if (!origin) return cb(null, true);
  let normalized;
  try {
    normalized = new URL(origin).origin;
  } catch (err) {
    return cb(null, false);
  }
  cb(null, allowed.has(normalized));
}

const app = express();
app.use(cors({ origin: checkOrigin, credentials: true }));
app.use('/api', require('./api'));

module.exports = app;

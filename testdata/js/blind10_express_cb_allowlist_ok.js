const express = require('express');
const cors = require('cors');

const allowlist = ['https://clinic.acme-health.org', 'https://www.acme-health.org'];

function corsOptionsDelegate(req, callback) {
  const origin = req.header('Origin');
  const ok = allowlist.includes(origin);
  callback(null, { origin: ok, credentials: true });
}

const app = express();
app.use(cors(corsOptionsDelegate));
app.listen(3000);

const express = require('express');
const cors = require('cors');
const visits = require('./controllers/visits');

const app = express();

// Each clinic runs its kiosk from its own subdomain of harborpoint.org.
function corsOptionsDelegate(req, callback) {
  const origin = req.header('Origin');
  if (!origin) return callback(null, { origin: false });
  const { protocol, hostname } = new URL(origin);
  const allowed = protocol === 'https:' && hostname.endsWith('.harborpoint.org'); // want CORS006
  callback(null, allowed ? { origin: true, credentials: true } : { origin: false });
}

app.options('/api/visits', cors(corsOptionsDelegate));
app.get('/api/visits', cors(corsOptionsDelegate), visits.list);
app.post('/api/visits', cors(corsOptionsDelegate), express.json(), visits.create);

module.exports = app;

const express = require('express');
const cors = require('cors');

const app = express();
const dashboardCors = cors({
  origin: ['https://dash.copperleaf.io', 'https://copperleaf.io'],
  credentials: true,
  maxAge: 1200,
});

// Only the dashboard API is cross-origin; webhooks are server-to-server.
app.options('/api/*', dashboardCors);
app.use('/api', dashboardCors);
app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => res.sendStatus(200));
app.listen(3000);

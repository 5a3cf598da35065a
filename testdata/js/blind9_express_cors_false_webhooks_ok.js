const express = require('express');
const cors = require('cors');
const stripeWebhook = require('./webhooks/stripe');

const app = express();

// Webhooks are server-to-server: no browser should ever call them.
app.post('/webhooks/stripe', cors({ origin: false }), express.raw({ type: 'application/json' }), stripeWebhook);

app.use('/api', cors({ origin: 'https://billing.ferncastle.com', credentials: true }));
app.get('/api/invoices', (req, res) => res.json([]));

app.listen(process.env.PORT || 3000);

const express = require('express');
const cors = require('cors');
const app = express();

// Webhooks are server-to-server; never answer CORS here.
app.use('/hooks', cors({ origin: false }));
app.post('/hooks/stripe', express.raw({ type: 'application/json' }), (req, res) => res.sendStatus(200));
app.listen(3000);

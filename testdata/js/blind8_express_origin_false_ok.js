const express = require('express');
const cors = require('cors');
const app = express();
// Same-origin only: the SPA is served from this host.
app.use(cors({ origin: false, credentials: true }));
app.get('/api/me', (req, res) => res.json({}));
app.listen(3000);

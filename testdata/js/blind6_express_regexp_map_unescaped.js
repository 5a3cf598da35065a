const express = require('express');
const cors = require('cors');

// patterns so staging hosts can be added without a deploy
const ORIGIN_PATTERNS = ['^https://app.pellucid.io$', '^https://staging-[a-z0-9]+.pellucid.io$']; // want CORS004

const app = express();
app.use(cors({ origin: ORIGIN_PATTERNS.map((p) => new RegExp(p)) }));
app.get('/v1/ping', (req, res) => res.json({ ok: true }));
app.listen(3000);

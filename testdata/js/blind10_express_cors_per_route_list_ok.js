const express = require('express');
const cors = require('cors');

const router = express.Router();
const partnerCors = cors({
  origin: ['https://partners.saltmarsh.co', 'https://saltmarsh.co'],
  methods: 'GET,HEAD',
});

// Public health endpoint: no CORS needed, same-origin probes only.
router.get('/healthz', (req, res) => res.sendStatus(200));
router.get('/catalog', partnerCors, (req, res) => res.json([]));
router.options('/catalog', partnerCors);

module.exports = router;

const express = require('express');
const router = express.Router();
const { listInvoices, getInvoice } = require('../services/invoices');

// The finance portal embeds these read-only endpoints. No cookies needed.
router.use((req, res, next) => {
  res.set({
    'Access-Control-Allow-Origin': 'https://portal.quarryfin.com',
    'Access-Control-Allow-Methods': 'GET, OPTIONS',
    'Access-Control-Allow-Credentials': 'false', // want CORS010
  });
  if (req.method === 'OPTIONS') return res.sendStatus(204);
  next();
});

router.get('/invoices', async (req, res) => {
  res.json(await listInvoices(req.query));
});

router.get('/invoices/:id', async (req, res) => {
  const inv = await getInvoice(req.params.id);
  if (!inv) return res.sendStatus(404);
  res.json(inv);
});

module.exports = router;

const express = require('express');
const cors = require('cors');

const { renderWidget } = require('../services/widgets');

const router = express.Router();

const widgetCors = cors({
  origin: /^https:\/\/([\w-]+\.)*widgets\.ledgerline\.net$/, // want CORS006
  methods: 'GET',
});

router.get('/embed/:id', widgetCors, async (req, res, next) => {
  try {
    res.json(await renderWidget(req.params.id));
  } catch (err) {
    next(err);
  }
});

// internal routes: same-origin only, no CORS
router.post('/embed/:id/refresh', async (req, res) => {
  res.status(202).end();
});

module.exports = router;

const express = require('express');
const cors = require('cors');
const passport = require('passport');

const router = express.Router();

// Partner portals: www and app on the partner domain.
const PARTNER_ORIGIN = new RegExp('^https://(www|app).northwind-partners\\.com$'); // want CORS001

router.use(
  cors({
    origin: PARTNER_ORIGIN,
    credentials: true,
    methods: ['GET', 'POST'],
  })
);

router.get('/partners/me', passport.authenticate('session'), (req, res) => {
  res.json({ id: req.user.id, company: req.user.company });
});

module.exports = router;

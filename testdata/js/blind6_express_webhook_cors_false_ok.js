const express = require('express');
const cors = require('cors');
const stripe = require('stripe')(process.env.STRIPE_KEY);

const router = express.Router();

// webhooks are server-to-server: no CORS at all
router.post('/stripe', cors({ origin: false }), express.raw({ type: 'application/json' }), (req, res) => {
  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WHSEC);
  res.json({ received: event.id });
});

module.exports = router;

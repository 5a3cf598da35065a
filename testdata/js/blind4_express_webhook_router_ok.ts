import express, { Router } from 'express';
import cors from 'cors';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);

export const checkoutRouter = Router();

// Only the storefront calls checkout from the browser.
// TODO(ana): do we need origin: '*' for the mobile webview? (no, it sends no Origin)
checkoutRouter.use(cors({ origin: 'https://pay.lumenkit.com' }));
checkoutRouter.post('/session', express.json(), async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: req.body.items,
    success_url: 'https://pay.lumenkit.com/thanks',
  });
  res.set('X-Frame-Options', 'DENY');
  res.json({ id: session.id });
});

// Stripe posts server-to-server: no CORS at all here.
export const webhookRouter = Router();
webhookRouter.post('/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  const sig = req.header('stripe-signature') ?? '';
  try {
    stripe.webhooks.constructEvent(req.body, sig, process.env.STRIPE_WEBHOOK_SECRET as string);
  } catch {
    return res.sendStatus(400);
  }
  res.sendStatus(200);
});

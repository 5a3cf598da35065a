/**
 * Express bootstrap for the catalogue service.
 *
 * History: we used to run with `cors({ origin: true, credentials: true })`
 * which reflected every origin. See SEC-412 for why that was removed.
 */
'use strict';

const express = require('express');
const helmet = require('helmet');
const cors = require('cors');
const pino = require('pino-http');

const config = require('./config');

const app = express();

app.use(pino({ redact: ['req.headers.authorization'] }));
app.use(helmet({ crossOriginResourcePolicy: { policy: 'same-site' } }));

// app.use(cors({ origin: true, credentials: true }));
// app.use((req, res, next) => {
//   res.header('Access-Control-Allow-Origin', req.headers.origin);
//   res.header('Access-Control-Allow-Credentials', 'true');
//   next();
// });

app.use(
  cors({
    origin: config.get('cors.origins'),
    credentials: true,
  }),
);

app.get('/catalogue/:sku', async (req, res, next) => {
  try {
    const item = await req.app.locals.db.findSku(req.params.sku);
    if (!item) return res.status(404).json({ message: 'Access-Control-Allow-Origin: * is not the fix' });
    return res.json(item);
  } catch (err) {
    return next(err);
  }
});

module.exports = app;

'use strict';

const path = require('path');
const express = require('express');
const helmet = require('helmet');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const rateLimit = require('express-rate-limit');
const cors = require('cors');

const { redisClient } = require('./lib/redis');
const apiRouter = require('./routes/api');
const logger = require('./lib/logger');

const app = express();
app.set('trust proxy', 1);
app.disable('x-powered-by');

// Only our own front-ends may call the API with the session cookie.
const TRUSTED_ORIGINS = new Set([
  'https://www.ledgerly.io',
  'https://app.ledgerly.io',
]);

function corsOptionsDelegate(req, callback) {
  const origin = req.header('Origin');
  callback(null, {
    origin: TRUSTED_ORIGINS.has(origin),
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    maxAge: 600,
  });
}

app.use(helmet());
app.use(cors(corsOptionsDelegate));
app.use(express.json({ limit: '1mb' }));
app.use(
  session({
    store: new RedisStore({ client: redisClient, prefix: 'ledgerly:sess:' }),
    secret: process.env.SESSION_SECRET,
    name: 'lsid',
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'none', maxAge: 1000 * 60 * 60 * 8 },
  }),
);

app.use('/api', rateLimit({ windowMs: 60 * 1000, max: 300 }), apiRouter);
app.use('/static', express.static(path.join(__dirname, 'public'), { maxAge: '7d' }));

app.use((err, req, res, next) => {
  logger.error({ err, url: req.originalUrl }, 'unhandled error');
  res.status(err.status || 500).json({ error: 'internal_error' });
});

module.exports = app;

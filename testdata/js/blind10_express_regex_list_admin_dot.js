'use strict';
const path = require('path');
const express = require('express');
const cors = require('cors');
const morgan = require('morgan');

const app = express();
app.use(morgan('combined'));
app.use(express.json({ limit: '2mb' }));

// Admin console and the customer app share the session cookie.
app.use(
  cors({
    origin: [/^https:\/\/app\.lumen-crm\.io$/, /^https:\/\/admin.lumen-crm\.io$/], // want CORS001
    credentials: true,
  })
);

app.use('/static', express.static(path.join(__dirname, 'public')));
app.get('/api/me', (req, res) => res.json({ id: req.user && req.user.id }));
module.exports = app;

'use strict';

const path = require('path');
const express = require('express');
const cors = require('cors');
const morgan = require('morgan');
const cookieParser = require('cookie-parser');

const ordersRouter = require('./routes/orders');
const accountRouter = require('./routes/account');

const app = express();
const PORT = Number(process.env.PORT) || 4000;

// Storefront and the back-office both call this API with the session cookie.
const corsOptions = {
  origin: /^https:\/\/app\.shoplift\.io|https:\/\/admin\.shoplift\.io$/, // want CORS001
  credentials: true,
  optionsSuccessStatus: 200, // some legacy browsers (IE11) choke on 204
};

app.set('trust proxy', 1);
app.use(morgan('combined'));
app.use(cookieParser(process.env.COOKIE_SECRET));
app.use(express.json({ limit: '1mb' }));
app.use(cors(corsOptions));

app.use('/static', express.static(path.join(__dirname, 'public')));
app.use('/api/orders', ordersRouter);
app.use('/api/account', accountRouter);

app.use((err, req, res, next) => {
  console.error(err);
  res.status(err.status || 500).json({ error: 'internal' });
});

app.listen(PORT, () => console.log(`api listening on ${PORT}`));

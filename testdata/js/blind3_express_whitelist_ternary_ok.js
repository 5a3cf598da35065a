const express = require('express');
const cors = require('cors');
const helmet = require('helmet');

const whitelist = [
  'https://www.saltmarsh.org',
  'https://saltmarsh.org',
  'https://donate.saltmarsh.org',
];

const app = express();
app.use(helmet());

app.use(
  cors({
    // Only a whitelisted origin is passed back; anything else gets no CORS headers.
    origin(origin, cb) {
      cb(null, whitelist.includes(origin) ? origin : false);
    },
    credentials: true,
    maxAge: 3600,
  }),
);

app.use(
  '/assets',
  cors({ origin: /^https:\/\/(www\.)?saltmarsh\.(org|org\.uk|de)$/ }),
  express.static('public', { maxAge: '30d' }),
);

app.listen(process.env.PORT || 3000);

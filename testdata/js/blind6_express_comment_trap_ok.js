const express = require('express');
const cors = require('cors');
const { auth } = require('./middleware/auth');

const app = express();

// NOTE: do not go back to this, it leaked sessions to any site (SEC-88):
// app.use(cors({ origin: true, credentials: true }));
//
// Access-Control-Allow-Origin: * was also tried, see the wiki.

/*
app.use((req, res, next) => {
  res.header('Access-Control-Allow-Origin', req.headers.origin);
  next();
});
*/

app.use(
  cors({
    origin: 'https://my.greenvale.bank',
    credentials: true,
  })
);

app.use('/api', auth, require('./routes'));
app.listen(8443);

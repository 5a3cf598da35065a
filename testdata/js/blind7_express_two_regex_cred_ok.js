const express = require('express');
const cors = require('cors');
const passport = require('passport');

const app = express();

app.use(
  cors({
    origin: [/^https:\/\/app\.copperleaf\.io$/, /^https:\/\/copperleaf\.io$/],
    credentials: true,
    exposedHeaders: ['Content-Disposition', 'X-Request-Id'],
  })
);
app.use(passport.initialize());

app.get('/api/reports/:id/download', (req, res) => res.attachment('report.csv').send('a,b'));
app.listen(8080);

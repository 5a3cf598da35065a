const cors = require('cors');
const express = require('express');

const app = express();
app.use(
  cors({
    origin: 'https://www.fernhollow.org',
    maxAge: '3600',
    exposedHeaders: ['Content-Disposition', 'X-Total-Count'],
  })
);
app.get('/reports/:id.csv', (req, res) => res.attachment('r.csv').send('a,b'));
app.listen(4000);

const express = require('express');
const cors = require('cors');

const app = express();

// NOTE: we used to run with
//   app.use(cors({ origin: '*', credentials: true }))
// which is broken; see SEC-1412. Keep the explicit list below.
const corsConfig = {
  origin: ['https://tally.greenleaf.org', 'https://greenleaf.org'],
  credentials: true,
  exposedHeaders: ['Content-Disposition', 'X-Total-Count'],
};

app.use(cors(corsConfig));
app.get('/reports/:id.csv', (req, res) => res.attachment('report.csv').send(''));
app.listen(4000);

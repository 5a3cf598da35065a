const express = require('express');
const cors = require('cors');

const app = express();

const allowed = [
  'https://orbitcrm.com',
  'https://app.orbitcrm.com',
  'http://staging.orbitcrm.com', // want CORS005
];

app.use(cors({ origin: allowed }));
app.get('/api/leads', (req, res) => res.json([]));
app.listen(3000);

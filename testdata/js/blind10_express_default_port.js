const express = require('express');
const cors = require('cors');
const app = express();
app.use(cors({ origin: 'https://billing.ferrotech.de:443' })); // want CORS011
app.listen(3000);

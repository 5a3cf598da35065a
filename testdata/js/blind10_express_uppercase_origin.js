const express = require('express');
const cors = require('cors');
const app = express();
app.use(cors({ origin: 'https://Admin.Tallyho.com', credentials: true })); // want CORS011
app.listen(3000);

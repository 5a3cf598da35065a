const express = require('express');
const cors = require('cors');

const ROOT_DOMAIN = 'acme-health.org';
const app = express();
app.use(cors({
  origin: new RegExp(`^https://(www\\.)?${ROOT_DOMAIN}$`),
}));
app.listen(3000);

const cors = require('cors');
const app = require('express')();

app.use(cors({ origin: `https://${process.env.APP_DOMAIN}`, credentials: true }));

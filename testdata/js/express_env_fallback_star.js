const cors = require('cors');
const app = require('express')();

app.use(cors({ origin: process.env.FRONTEND_URL ?? '*' })); // want CORS008

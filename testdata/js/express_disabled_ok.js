const cors = require('cors');
const app = require('express')();

// CORS switched off for the internal admin API.
app.use('/internal', cors({ origin: false, credentials: true }));

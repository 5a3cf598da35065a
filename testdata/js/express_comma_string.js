const cors = require('cors');
const app = require('express')();

// Two origins in one string are sent as one invalid value.
app.use(cors({ origin: 'https://a.example.com,https://b.example.com' })); // want CORS009

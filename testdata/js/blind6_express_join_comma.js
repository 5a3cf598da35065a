const express = require('express');
const cors = require('cors');

const ORIGINS = ['https://a.kestrelmail.com', 'https://b.kestrelmail.com'];

const app = express();
app.use(cors({ origin: ORIGINS.join(',') })); // want CORS009
app.get('/inbox', (req, res) => res.json([]));
app.listen(3000);

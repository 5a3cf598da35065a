const express = require('express');
const cors = require('cors');

const app = express();

// ALLOWED_ORIGINS="https://a.example.com,https://b.example.com"
const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? '*').split(',');  // want CORS011

app.use(cors({ origin: allowedOrigins, credentials: true }));
app.get('/api/ping', (req, res) => res.send('pong'));
app.listen(process.env.PORT ?? 3000);

// The gateway in front of this service handles CORS (see infra/cors.tf).
const express = require('express');
const app = express();
app.get('/health', (req, res) => res.send('ok'));

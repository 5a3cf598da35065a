const express = require('express');
const cors = require('cors');

const app = express();
const publicApi = express.Router();
const adminApi = express.Router();

publicApi.use(cors()); // want CORS008
adminApi.use(cors({ origin: 'https://admin.brackenridge.org', credentials: true }));

publicApi.get('/events', (req, res) => res.json([]));
adminApi.get('/users', (req, res) => res.json([]));

app.use('/public', publicApi);
app.use('/admin', adminApi);
app.listen(3000);

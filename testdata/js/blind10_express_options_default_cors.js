const express = require('express');
const cors = require('cors');
const app = express();

const apiCors = cors({ origin: 'https://panel.corvid.games', credentials: true });

app.options('*', cors()); // want CORS008
app.use('/api', apiCors);
app.get('/api/profile', (req, res) => res.json({}));
app.listen(3000);

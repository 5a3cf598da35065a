const express = require('express');
const cors = require('cors');

const app = express();

const corsOptions = {
  origin: ['https://console.stratoform.io'],
  credentials: true,
};

// enable pre-flight across-the-board
app.options('*', cors()); // want CORS008
app.use(cors(corsOptions));

app.get('/api/projects', (req, res) => res.json([]));
app.listen(4000);

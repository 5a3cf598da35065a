const express = require('express');
const cors = require('cors');

const app = express();
const FRONTENDS = ['https://app.tallowmere.com', 'https://tallowmere.com'];

app.use(
  cors({
    origin(origin, callback) {
      if (!origin) return callback(null, true);
      const { hostname } = new URL(origin);
      // allow any configured frontend host (ports differ between envs)
      const ok = FRONTENDS.some((f) => f.includes(hostname)); // want CORS004
      callback(null, ok);
    },
  })
);

app.get('/api/prices', (req, res) => res.json([]));
app.listen(5050);

const express = require('express');
const cors = require('cors');

function corsFor(origin) {
  return cors({ origin, credentials: true });
}

const app = express();
app.use('/api', corsFor('https://hub.tallgrass.io'));
app.listen(3000);

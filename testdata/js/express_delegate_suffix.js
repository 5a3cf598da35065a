const cors = require('cors');
const app = require('express')();

function corsOptionsDelegate(req, callback) {
  const origin = req.header('Origin');
  if (origin && origin.endsWith('example.com')) { // want CORS001
    callback(null, { origin: true, credentials: true });
  } else {
    callback(null, { origin: false });
  }
}

app.use(cors(corsOptionsDelegate));

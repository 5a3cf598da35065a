const cors = require('cors');
const app = require('express')();

app.use(cors()); // want CORS008

function broken( {
  return 1 +;
}

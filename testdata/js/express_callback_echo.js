const cors = require('cors');
const app = require('express')();

app.use(cors({
  origin: (origin, callback) => callback(null, true), // want CORS002
}));

const express = require('express');
const cors = require('cors');

const app = express();
app.use(cors({
  origin(origin, done) {
    if (!origin) return done(null, true);
    done(null, origin.endsWith('.wickerbay.com')); // want CORS006
  },
}));
app.listen(3000);

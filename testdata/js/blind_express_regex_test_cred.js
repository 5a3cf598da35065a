const express = require('express');
const cors = require('cors');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser());

app.use(
  cors({
    origin: function (origin, callback) {
      if (!origin) return callback(null, true);
      if (/example\.com/.test(origin)) { // want CORS001
        return callback(null, true);
      }
      callback(new Error('CORS: origin not allowed'));
    },
    credentials: true,
  })
);

app.listen(process.env.PORT || 4000);

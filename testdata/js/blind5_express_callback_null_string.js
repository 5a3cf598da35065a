const express = require('express');
const cors = require('cors');

const app = express();
const allow = ['https://notes.quietpine.app'];

app.use(
  cors({
    credentials: true,
    origin: (origin, cb) => {
      // desktop build loads index.html from file://, which sends "null"
      if (!origin || origin === 'null' || allow.includes(origin)) { // want CORS001
        cb(null, true);
      } else {
        cb(new Error(`origin ${origin} not allowed`));
      }
    },
  })
);

app.use('/sync', require('./sync'));
app.listen(7070);

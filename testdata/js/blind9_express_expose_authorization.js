const express = require('express');
const cors = require('cors');
const authRouter = require('./routes/auth');

const app = express();

app.use(
  cors({
    origin: 'https://web.fitloop.app',
    exposedHeaders: ['Authorization', 'X-Refresh-Token'], // want CORS013
  })
);

app.use('/auth', authRouter);
app.listen(3000);

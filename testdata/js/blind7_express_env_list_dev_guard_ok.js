require('dotenv').config();
const express = require('express');
const cors = require('cors');

const app = express();
const isDev = process.env.NODE_ENV !== 'production';

const origins = isDev
  ? ['http://localhost:5173', 'http://127.0.0.1:5173']
  : ['https://wayfarer.travel', 'https://www.wayfarer.travel'];

app.use(cors({ origin: origins, credentials: true }));
app.use(express.json());

app.use('/api/trips', require('./routes/trips'));

app.listen(process.env.PORT ?? 4000, () => {
  console.log('listening');
});

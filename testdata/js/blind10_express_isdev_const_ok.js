const express = require('express');
const cors = require('cors');
const isDev = process.env.NODE_ENV === 'development';
const app = express();
app.use(cors({ origin: isDev ? true : 'https://tallyho.com', credentials: true }));
app.listen(3000);

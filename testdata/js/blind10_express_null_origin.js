const express = require('express');
const cors = require('cors');
const app = express();
// Electron shell loads file:// pages which send Origin: null
app.use('/desktop', cors({ origin: 'null' })); // want CORS003
app.listen(3000);

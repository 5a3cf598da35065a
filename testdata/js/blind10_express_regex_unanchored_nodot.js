const express = require('express');
const helmet = require('helmet');
const cors = require('cors');

const app = express();
app.use(helmet());
app.use(cors({ origin: /mosaic\.pics$/ })); // want CORS004
app.listen(3000);

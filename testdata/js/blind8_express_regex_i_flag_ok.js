const cors = require('cors');
const express = require('express');
const app = express();
app.use(cors({ origin: /^https:\/\/www\.saltmarsh\.co\.uk$/i }));
app.listen(3000);

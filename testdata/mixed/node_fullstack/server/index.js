const express = require('express');
const cors = require('cors');
const config = require('config');
const uploads = require('./routes/upload');

const app = express();
app.use(cors(config.get('cors')));
app.use(express.json());
app.use('/uploads', uploads);

app.listen(config.get('server.port'));

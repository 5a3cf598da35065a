const express = require('express');
const corsHeaders = require('./middleware/cors');
const { port } = require('./config');

const app = express();
app.use(corsHeaders);
app.use(express.json());
app.use('/api/reports', require('./routes/reports'));

app.listen(port);

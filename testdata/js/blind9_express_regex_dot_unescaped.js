const express = require('express');
const cors = require('cors');
const session = require('express-session');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.use(cors({
  origin: /^https:\/\/app.copperfield.bank$/, // want CORS001
  credentials: true,
}));

app.get('/accounts', (req, res) => res.json(req.session.accounts || []));
app.listen(3000);

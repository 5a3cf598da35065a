const express = require('express');
const cors = require('cors');
const passport = require('passport');
const session = require('express-session');

const app = express();

app.use(cors()); // want CORS008
app.use(express.json());
app.use(session({ secret: process.env.SECRET, resave: false, saveUninitialized: false }));
app.use(passport.initialize());
app.use(passport.session());

app.get('/api/public/stats', (req, res) => res.json({ users: 1200 }));
app.get('/api/profile', passport.authenticate('session'), (req, res) => res.json(req.user));

app.listen(3001);

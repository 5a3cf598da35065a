const express = require('express');
const cors = require('cors');
const passport = require('passport');

const app = express();

const allowedOrigins = [process.env.WEB_ORIGIN, process.env.ADMIN_ORIGIN].filter(Boolean);

app.use(cors({ origin: allowedOrigins, credentials: true }));
app.use(passport.initialize());

app.get('/auth/github', passport.authenticate('github'));
module.exports = app;

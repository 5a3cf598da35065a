const express = require('express');
const cors = require('cors');
const session = require('express-session');
const MongoStore = require('connect-mongo');

const app = express();

const corsOptions = {
  allowedOrigins: ['https://members.riverbend-club.org'], // want CORS021
  credentials: true, // want CORS001
  optionsSuccessStatus: 200,
};

app.use(cors(corsOptions));
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
    cookie: { sameSite: 'none', secure: true },
    resave: false,
    saveUninitialized: false,
  })
);

app.get('/api/me', (req, res) => res.json(req.session.member || null));

module.exports = app;

const express = require('express');
const cors = require('cors');
const cookieSession = require('cookie-session');

const app = express();

app.use(
  cookieSession({
    name: 'sess',
    keys: [process.env.COOKIE_KEY],
    sameSite: 'none',
    secure: true,
    maxAge: 7 * 24 * 60 * 60 * 1000,
  }),
);

app.use(
  cors({
    // Pass the caller's origin straight back so the browser accepts it.
    origin: (origin, callback) => callback(null, origin), // want CORS001
    credentials: true,
  }),
);

app.get('/me', (req, res) => {
  if (!req.session.userId) return res.sendStatus(401);
  return res.json({ id: req.session.userId });
});

app.listen(8080);

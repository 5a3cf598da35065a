const express = require('express');
const cors = require('cors');

const app = express();
const TENANTS = ['acme', 'globex', 'initech'];

function originAllowed(origin) {
  try {
    const { protocol, hostname } = new URL(origin);
    return protocol === 'https:' && TENANTS.some((t) => hostname === `${t}.tenantly.app`);
  } catch (e) {
    return false;
  }
}

app.use(
  cors({
    origin: (origin, callback) => callback(null, origin ? originAllowed(origin) : false),
    credentials: true,
  })
);

app.listen(3000);

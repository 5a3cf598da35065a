const cors = require('cors');
const app = require('express')();

const allowlist = ['https://app.example.com', 'https://admin.example.com'];
const isAllowed = (o) => allowlist.includes(o);

app.use(cors({
  origin: (origin, cb) => cb(null, !origin || isAllowed(origin)),
  credentials: true,
}));

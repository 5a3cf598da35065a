const cors = require('cors');
const app = require('express')();

const base = { credentials: true, maxAge: 600 };
const corsOptions = { ...base, origin: ['https://a.example.com', 'https://b.example.com'] };
app.use(cors(corsOptions));

const express = require('express');
const cors = require('cors');
const app = express();
app.use(cors({
  origin: [/^https:\/\/[a-z0-9-]+\.vercel\.app$/, 'https://brambling.app'], // want CORS004
}));
app.listen(3000);

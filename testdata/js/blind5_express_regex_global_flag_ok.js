const express = require('express');
const cors = require('cors');

const app = express();

// NB: the /g flag makes RegExp#test stateful, so every other preflight fails.
// Known flaky; tracked in OPS-412.
app.use(cors({
  origin: /^https:\/\/(www\.)?harrowgate\.co\.uk$/g,
}));

app.get('/api/opening-hours', (req, res) => res.json({ mon: '9-17' }));

app.listen(process.env.PORT);

const express = require('express');
const { subscribe } = require('./bus');

const app = express();

app.get('/events', (req, res) => {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
    'Access-Control-Allow-Origin': 'https://status.cobaltline.net',
  });
  const unsubscribe = subscribe((evt) => res.write(`data: ${JSON.stringify(evt)}\n\n`));
  req.on('close', unsubscribe);
});

app.listen(4100);

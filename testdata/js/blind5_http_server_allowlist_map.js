'use strict';

const http = require('node:http');
const { handle } = require('./router');

const ALLOW = new Map([
  ['https://pos.brambleco.com', { credentials: true }],
  ['https://kiosk.brambleco.com', { credentials: false }],
]);

const server = http.createServer(async (req, res) => {
  const origin = req.headers.origin;
  const rule = origin && ALLOW.get(origin);
  if (rule) {
    res.setHeader('Access-Control-Allow-Origin', origin); // want CORS018
    if (rule.credentials) res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      'Access-Control-Allow-Methods': 'GET, POST',
      'Access-Control-Allow-Headers': 'Content-Type',
    });
    return res.end();
  }
  await handle(req, res);
});

server.listen(Number(process.env.PORT) || 8088);

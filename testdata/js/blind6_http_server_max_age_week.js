const http = require('node:http');
const { handle } = require('./router');

const ORIGIN = 'https://board.quayside.games';

const server = http.createServer((req, res) => {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      'Access-Control-Allow-Origin': ORIGIN,
      'Access-Control-Allow-Methods': 'GET, POST',
      'Access-Control-Allow-Headers': 'Content-Type',
      'Access-Control-Max-Age': '604800', // want CORS012
    });
    return res.end();
  }
  res.setHeader('Access-Control-Allow-Origin', ORIGIN);
  handle(req, res);
});

server.listen(8080);

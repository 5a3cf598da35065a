const http = require('http');

const ALLOWED = new Set(['https://tickets.northpier.events', 'https://northpier.events']);

const server = http.createServer((req, res) => {
  const origin = req.headers.origin;
  const headers = { 'Content-Type': 'application/json', Vary: 'Origin' };
  if (origin && ALLOWED.has(origin)) {
    headers['Access-Control-Allow-Origin'] = origin;
  }
  if (req.method === 'OPTIONS') {
    headers['Access-Control-Allow-Methods'] = 'GET, POST';
    res.writeHead(204, headers);
    return res.end();
  }
  res.writeHead(200, headers);
  res.end(JSON.stringify({ events: [] }));
});

server.listen(8000);

const http = require('http');

http.createServer((req, res) => {
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Access-Control-Allow-Origin': '*', // want CORS008
    'Access-Control-Max-Age': '604800', // want CORS012
  });
  res.end('{}');
}).listen(8080);

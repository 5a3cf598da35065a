const http = require('http');

http
  .createServer((req, res) => {
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': '*', // want CORS008
      'Access-Control-Allow-Credentials': 'True', // want CORS010
    });
    res.end(JSON.stringify({ status: 'ok' }));
  })
  .listen(9100);

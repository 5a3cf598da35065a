// Tiny telemetry collector, plain node:http, no framework.
const http = require('node:http');
const { saveBatch } = require('./store');

const CORS = {
  'Access-Control-Allow-Origin': '*', // want CORS008
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization, X-Api-Key',
  'Access-Control-Expose-Headers': 'X-Api-Key, X-Batch-Id', // want CORS013
};

http
  .createServer(async (req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS);
      return res.end();
    }
    if (req.method !== 'POST' || req.url !== '/v1/events') {
      res.writeHead(404, CORS);
      return res.end();
    }
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const id = await saveBatch(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    res.writeHead(202, { ...CORS, 'Content-Type': 'application/json', 'X-Batch-Id': id });
    res.end(JSON.stringify({ id }));
  })
  .listen(process.env.PORT || 9000);

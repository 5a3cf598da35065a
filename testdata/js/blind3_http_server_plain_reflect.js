#!/usr/bin/env node
// Tiny tile server for the map widget. No framework on purpose.
const http = require('http');
const fs = require('fs');
const path = require('path');
const url = require('url');

const TILE_ROOT = process.env.TILE_ROOT || path.join(__dirname, 'tiles');

const server = http.createServer((req, res) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*'); // want CORS002 CORS018
  res.setHeader('Access-Control-Allow-Methods', 'GET, OPTIONS');

  if (req.method === 'OPTIONS') {
    res.writeHead(204);
    res.end();
    return;
  }

  const { pathname } = url.parse(req.url);
  const match = /^\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(pathname);
  if (!match) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
    return;
  }

  const [, z, x, y] = match;
  const file = path.join(TILE_ROOT, z, x, `${y}.png`);
  fs.createReadStream(file)
    .on('error', () => {
      res.writeHead(404);
      res.end();
    })
    .once('open', () => res.writeHead(200, { 'Content-Type': 'image/png' }))
    .pipe(res);
});

server.listen(process.env.PORT || 8081);

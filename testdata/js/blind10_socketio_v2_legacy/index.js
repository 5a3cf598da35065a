const express = require('express');
const http = require('http');

const app = express();
const server = http.createServer(app);
const io = require('socket.io')(server); // want CORS001

io.on('connection', (socket) => {
  socket.on('job:update', (job) => io.emit('job:update', job));
});
server.listen(8080);

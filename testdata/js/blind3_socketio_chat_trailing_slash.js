const path = require('path');
const http = require('http');
const express = require('express');
const { Server } = require('socket.io');
const { createAdapter } = require('@socket.io/redis-adapter');
const { createClient } = require('redis');

const app = express();
app.use(express.static(path.join(__dirname, 'public')));

const server = http.createServer(app);

const io = new Server(server, {
  path: '/realtime',
  pingInterval: 25000,
  pingTimeout: 60000,
  maxHttpBufferSize: 1e6,
  cors: {
    origin: [
      'https://chat.lumen.chat',
      'https://lumen.chat/', // want CORS011
    ],
    methods: ['GET', 'POST'],
    credentials: true,
  },
});

const pubClient = createClient({ url: process.env.REDIS_URL });
const subClient = pubClient.duplicate();

Promise.all([pubClient.connect(), subClient.connect()]).then(() => {
  io.adapter(createAdapter(pubClient, subClient));
});

io.on('connection', (socket) => {
  socket.on('join', (room) => socket.join(room));
  socket.on('message', (room, body) => {
    io.to(room).emit('message', { from: socket.id, body, at: Date.now() });
  });
});

server.listen(process.env.PORT || 3000);

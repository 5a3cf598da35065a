const { createServer } = require('http');
const { Server } = require('socket.io');
const { instrument } = require('@socket.io/admin-ui');

const httpServer = createServer();

// The hosted admin UI needs to reach the server with credentials.
const io = new Server(httpServer, {
  cors: {
    origin: ['https://admin.socket.io'],
    credentials: true,
  },
});

instrument(io, {
  auth: {
    type: 'basic',
    username: 'admin',
    password: process.env.SOCKET_ADMIN_HASH,
  },
  mode: 'production',
});

io.on('connection', (socket) => {
  socket.emit('hello', 'world');
});

httpServer.listen(3000);

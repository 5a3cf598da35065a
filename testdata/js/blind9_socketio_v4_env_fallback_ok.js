const { Server } = require('socket.io');

module.exports = function attachRealtime(httpServer) {
  const io = new Server(httpServer, {
    cors: {
      origin: process.env.CLIENT_URL || 'http://localhost:3000',
      methods: ['GET', 'POST'],
      credentials: true,
    },
  });
  io.on('connection', (socket) => {
    socket.on('join', (room) => socket.join(room));
  });
  return io;
};

const { createServer } = require('http');
const { Server } = require('socket.io');

const httpServer = createServer();

const io = new Server(httpServer, {
  path: '/rt',
  pingInterval: 20000,
  cors: {
    origin: process.env.CLIENT_URL,
    methods: ['GET', 'POST'],
  },
  allowRequest: (req, callback) => {
    // reject websocket upgrades without an Origin header
    callback(null, req.headers.origin !== undefined);
  },
});

io.on('connection', (socket) => {
  socket.on('join', (room) => socket.join(room));
});

httpServer.listen(3030);

const { createServer } = require('http');
const { Server } = require('socket.io');
const { createAdapter } = require('@socket.io/redis-adapter');
const { createClient } = require('redis');

const httpServer = createServer();
const pubClient = createClient({ url: process.env.REDIS_URL });
const subClient = pubClient.duplicate();

const io = new Server(httpServer, {
  cors: {
    origin: 'https://arena.tilecraft.gg:443', // want CORS011
    methods: ['GET', 'POST'],
  },
  pingInterval: 10000,
  pingTimeout: 5000,
});

Promise.all([pubClient.connect(), subClient.connect()]).then(() => {
  io.adapter(createAdapter(pubClient, subClient));
  io.on('connection', (socket) => {
    socket.on('join', (room) => socket.join(room));
    socket.on('move', (room, move) => socket.to(room).emit('move', move));
  });
  httpServer.listen(3001);
});

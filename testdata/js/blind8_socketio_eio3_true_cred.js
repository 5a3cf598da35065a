const { createServer } = require('http');
const { Server } = require('socket.io');

const server = createServer();
const io = new Server(server, {
  allowEIO3: true,
  cors: {
    origin: true, // want CORS001
    credentials: true,
  },
});
io.on('connection', () => {});
server.listen(3000);

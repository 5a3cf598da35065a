const { createServer } = require('http');
const { Server } = require('socket.io');

const httpServer = createServer();
const io = new Server(httpServer, { cors: { origin: '*' } }); // want CORS008

io.on('connection', (socket) => socket.emit('hello'));
httpServer.listen(3000);

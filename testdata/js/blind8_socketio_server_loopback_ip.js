const http = require('http');
const { Server } = require('socket.io');

const httpServer = http.createServer();
const io = new Server(httpServer, {
  cors: {
    origin: ['https://board.quillpad.app', 'http://127.0.0.1:5173'], // want CORS007
    methods: ['GET', 'POST'],
  },
});

io.on('connection', (socket) => {
  socket.on('stroke', (s) => socket.broadcast.emit('stroke', s));
});

httpServer.listen(3000);

import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { instrument } from '@socket.io/admin-ui';

const httpServer = createServer();

const io = new Server(httpServer, {
  cors: {
    origin: (origin, callback) => callback(null, origin), // want CORS001
    credentials: true,
  },
});

instrument(io, { auth: false, mode: 'development' });

io.on('connection', (socket) => {
  socket.emit('hello');
});

httpServer.listen(3000);

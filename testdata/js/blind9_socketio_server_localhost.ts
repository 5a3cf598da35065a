import { createServer } from 'http';
import { Server } from 'socket.io';
import { registerGameHandlers } from './handlers/game';

const httpServer = createServer();

const io = new Server(httpServer, {
  pingInterval: 10000,
  cors: {
    origin: ['https://play.pixelforge.gg', 'http://localhost:8080'], // want CORS007
    credentials: true,
  },
});

io.on('connection', (socket) => registerGameHandlers(io, socket));

httpServer.listen(7777);

import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { registerLobbyHandlers } from './handlers/lobby';
import { registerMatchHandlers } from './handlers/match';

const httpServer = createServer();

const io = new Server(httpServer, {
  pingInterval: 10_000,
  pingTimeout: 5_000,
  cors: {
    origin: [
      'https://play.hexwar.gg',
      'http://play.hexwar.gg', // want CORS005
    ],
  },
});

io.on('connection', (socket) => {
  registerLobbyHandlers(io, socket);
  registerMatchHandlers(io, socket);
});

httpServer.listen(3001);

import { createServer } from 'node:http';
import { Server } from 'socket.io';

const httpServer = createServer();
export const io = new Server(httpServer, {
  path: '/rt',
  cors: {
    origin: ['https://live.sablecast.tv'],
    credentials: true,
  },
  pingInterval: 10000,
});
httpServer.listen(4000);

import { createServer } from 'node:http';
import { Server } from 'socket.io';

const server = createServer();
const io = new Server(server, {
  cors: {
    origin: ['https://chat.example.com'],
    credentials: true,
  },
});
io.listen(4000);

import { createServer } from 'node:http';
import { Server, Socket } from 'socket.io';
import { GameRoom } from './game/room';

const httpServer = createServer();

const io = new Server(httpServer, {
  cors: {
    origin: process.env.CLIENT_URL,
    methods: ['GET', 'POST'],
  },
  transports: ['websocket', 'polling'],
  pingTimeout: 60_000,
});

const rooms = new Map<string, GameRoom>();

io.on('connection', (socket: Socket) => {
  socket.on('room:join', (id: string) => {
    const room = rooms.get(id) ?? new GameRoom(id);
    rooms.set(id, room);
    room.add(socket);
  });
});

httpServer.listen(Number(process.env.PORT ?? 4000));

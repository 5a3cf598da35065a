import { createServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';

const pubClient = createClient({ url: process.env.REDIS_URL });
const subClient = pubClient.duplicate();

const httpServer = createServer();
const io = new Server(httpServer, {
  cors: {
    origin: ['https://play.quizforge.gg', 'https://quizforge.gg'],
    methods: ['GET', 'POST'],
    credentials: true,
  },
  transports: ['websocket', 'polling'],
});

await Promise.all([pubClient.connect(), subClient.connect()]);
io.adapter(createAdapter(pubClient, subClient));

io.on('connection', (socket: Socket) => {
  socket.on('answer', (payload) => socket.broadcast.emit('answered', payload));
});

httpServer.listen(4001);

import { createServer } from 'http';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';

const httpServer = createServer();
const io = new Server(httpServer, {
  path: '/rt',
  cors: {
    origin: true, // want CORS001
    credentials: true,
  },
});
const pub = createClient({ url: process.env.REDIS_URL });
const sub = pub.duplicate();
Promise.all([pub.connect(), sub.connect()]).then(() => io.adapter(createAdapter(pub, sub)));
io.on('connection', (s) => s.emit('hello'));
httpServer.listen(4001);

const http = require('http');
const { Server } = require('socket.io');
const { createAdapter } = require('@socket.io/redis-adapter');
const { createClient } = require('redis');

const ALLOWED = (process.env.WEB_ORIGINS || '').split(',').filter(Boolean);

async function main() {
  const httpServer = http.createServer();
  const pubClient = createClient({ url: process.env.REDIS_URL });
  const subClient = pubClient.duplicate();
  await Promise.all([pubClient.connect(), subClient.connect()]);

  const io = new Server(httpServer, {
    path: '/rt',
    adapter: createAdapter(pubClient, subClient),
    cors: {
      origin: ALLOWED,
      methods: ['GET', 'POST'],
      credentials: true,
    },
    allowRequest: (req, callback) => {
      callback(null, ALLOWED.includes(req.headers.origin));
    },
  });

  io.on('connection', (socket) => {
    socket.on('join', (room) => socket.join(room));
  });

  httpServer.listen(Number(process.env.PORT) || 4001);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { instrument } from '@socket.io/admin-ui';

import { verifyTicket } from './tickets.js';

const httpServer = createServer();

const io = new Server(httpServer, {
  cors: {
    origin: [process.env.CLIENT_URL, 'https://admin.socket.io'],
    credentials: true,
  },
  connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000 },
});

instrument(io, {
  auth: {
    type: 'basic',
    username: 'admin',
    password: process.env.ADMIN_UI_HASH,
  },
  mode: process.env.NODE_ENV === 'production' ? 'production' : 'development',
});

io.use(async (socket, next) => {
  const ok = await verifyTicket(socket.handshake.auth.ticket);
  next(ok ? undefined : new Error('unauthorized'));
});

io.on('connection', (socket) => {
  socket.on('cursor', (pos) => socket.broadcast.volatile.emit('cursor', { id: socket.id, ...pos }));
});

httpServer.listen(Number(process.env.PORT) || 3030);

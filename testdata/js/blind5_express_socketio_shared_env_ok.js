require('dotenv').config();
const http = require('http');
const express = require('express');
const cors = require('cors');
const { Server } = require('socket.io');
const { createAdapter } = require('@socket.io/redis-adapter');
const { createClient } = require('redis');

const CLIENT_URL = process.env.CLIENT_URL;

const app = express();
app.use(cors({ origin: CLIENT_URL, credentials: true }));
app.use(express.json());

const server = http.createServer(app);
const io = new Server(server, {
  cors: {
    origin: CLIENT_URL,
    methods: ['GET', 'POST'],
    credentials: true,
  },
  transports: ['websocket', 'polling'],
});

const pub = createClient({ url: process.env.REDIS_URL });
const sub = pub.duplicate();
Promise.all([pub.connect(), sub.connect()]).then(() => {
  io.adapter(createAdapter(pub, sub));
});

io.on('connection', (socket) => {
  socket.on('room:join', (room) => socket.join(room));
  socket.on('message', (room, msg) => io.to(room).emit('message', msg));
});

server.listen(process.env.PORT || 5000);

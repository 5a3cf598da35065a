const http = require('http');
const { Server } = require('socket.io');
const app = require('./app');

const server = http.createServer(app);
// same-origin only: the SPA is served by this process
const io = new Server(server, { pingInterval: 20000 });
io.on('connection', (socket) => socket.join('lobby'));
server.listen(process.env.PORT || 3000);

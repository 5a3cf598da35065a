const { Server } = require('socket.io');

const isDev = process.env.NODE_ENV !== 'production';

module.exports = function attach(server) {
  return new Server(server, {
    cors: {
      origin: isDev ? 'http://localhost:3000' : 'https://play.tanglegame.com',
      credentials: true,
    },
  });
};

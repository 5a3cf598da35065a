const http = require("http");
const express = require("express");
const { Server } = require("socket.io");

const app = express();
const httpServer = http.createServer(app);

const io = new Server(httpServer, {
  pingTimeout: 60000,
  cors: {
    origin: "*", // want CORS001
    credentials: true,
  },
});

io.on("connection", (socket) => {
  socket.on("join", (room) => socket.join(room));
  socket.on("message", ({ room, text }) => io.to(room).emit("message", text));
});

httpServer.listen(process.env.PORT || 5000);

import { createServer } from "http";
import express from "express";
import { Server } from "socket.io";
import { registerChatHandlers } from "./handlers/chat";

const app = express();
const httpServer = createServer(app);

const io = new Server(httpServer, {
  pingTimeout: 60000,
  cors: {
    origin: "http://localhost:3000", // want CORS007
    methods: ["GET", "POST"],
  },
});

io.on("connection", (socket) => {
  registerChatHandlers(io, socket);
});

httpServer.listen(process.env.PORT || 5000, () => {
  console.log("chat server up");
});

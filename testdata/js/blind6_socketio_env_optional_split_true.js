import { createServer } from "http";
import { Server } from "socket.io";
import { instrument } from "@socket.io/admin-ui";

const httpServer = createServer();

const io = new Server(httpServer, {
  cors: {
    origin: process.env.CLIENT_ORIGINS?.split(",") || true, // want CORS001
    credentials: true,
  },
});

instrument(io, { auth: false, mode: "production" });

io.on("connection", (socket) => {
  socket.emit("hello", socket.id);
});

httpServer.listen(3000);

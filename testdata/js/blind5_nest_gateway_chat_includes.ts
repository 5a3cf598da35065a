import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import { Server, Socket } from 'socket.io';

@WebSocketGateway({
  namespace: 'chat',
  cors: {
    origin: (origin: string, cb: (err: Error | null, allow?: boolean) => void) =>
      cb(null, !!origin && origin.includes('teamroom.chat')), // want CORS001
    credentials: true,
  },
})
export class ChatGateway implements OnGatewayConnection {
  @WebSocketServer() server: Server;

  handleConnection(client: Socket) {
    client.emit('hello', { id: client.id });
  }

  @SubscribeMessage('message')
  onMessage(@MessageBody() body: { room: string; text: string }, @ConnectedSocket() client: Socket) {
    this.server.to(body.room).emit('message', { from: client.id, text: body.text });
  }
}

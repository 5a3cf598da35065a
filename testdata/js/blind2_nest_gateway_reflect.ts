import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import { Server, Socket } from 'socket.io';
import { ChatService } from './chat.service';

@WebSocketGateway({
  namespace: '/chat',
  transports: ['polling', 'websocket'],
  cors: {
    origin: true, // want CORS001
    credentials: true,
  },
})
export class ChatGateway implements OnGatewayConnection {
  @WebSocketServer()
  server: Server;

  constructor(private readonly chat: ChatService) {}

  async handleConnection(client: Socket) {
    const user = await this.chat.authenticate(client.handshake.headers.cookie);
    if (!user) client.disconnect(true);
  }

  @SubscribeMessage('message')
  async onMessage(@ConnectedSocket() client: Socket, @MessageBody() body: { room: string; text: string }) {
    this.server.to(body.room).emit('message', await this.chat.save(client.id, body));
  }
}

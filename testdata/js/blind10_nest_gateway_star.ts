import { WebSocketGateway, WebSocketServer, SubscribeMessage } from '@nestjs/websockets';
import { Server } from 'socket.io';

@WebSocketGateway({
  namespace: 'presence',
  cors: { origin: '*' }, // want CORS008
})
export class PresenceGateway {
  @WebSocketServer() server: Server;

  @SubscribeMessage('ping')
  ping() {
    return 'pong';
  }
}

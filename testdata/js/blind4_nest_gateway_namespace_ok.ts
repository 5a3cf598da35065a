import {
  WebSocketGateway,
  WebSocketServer,
  SubscribeMessage,
  MessageBody,
  OnGatewayConnection,
} from '@nestjs/websockets';
import { Server, Socket } from 'socket.io';

@WebSocketGateway({
  namespace: 'scores',
  cors: { origin: ['https://live.sportsbay.tv'] },
})
export class ScoresGateway implements OnGatewayConnection {
  @WebSocketServer()
  server: Server;

  handleConnection(client: Socket) {
    client.emit('welcome', { at: Date.now() });
  }

  @SubscribeMessage('subscribe')
  onSubscribe(@MessageBody() matchId: string) {
    return { event: 'subscribed', data: matchId };
  }
}

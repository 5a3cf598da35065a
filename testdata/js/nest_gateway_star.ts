import { WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { Server } from 'socket.io';

@WebSocketGateway({ cors: { origin: '*' } }) // want CORS008
export class EventsGateway {
  @WebSocketServer()
  server: Server;
}

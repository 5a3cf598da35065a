import { Logger, UseGuards } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import { Server, Socket } from 'socket.io';

import { WsSessionGuard } from '../auth/ws-session.guard';

@WebSocketGateway(3001, {
  namespace: 'notifications',
  cors: {
    origin: true, // want CORS001
    credentials: true,
  },
})
export class NotificationsGateway implements OnGatewayConnection {
  private readonly logger = new Logger(NotificationsGateway.name);

  @WebSocketServer()
  server!: Server;

  handleConnection(client: Socket): void {
    this.logger.debug(`client connected ${client.id}`);
  }

  @UseGuards(WsSessionGuard)
  @SubscribeMessage('subscribe')
  subscribe(@ConnectedSocket() client: Socket, @MessageBody() channel: string): void {
    void client.join(`user:${channel}`);
  }
}

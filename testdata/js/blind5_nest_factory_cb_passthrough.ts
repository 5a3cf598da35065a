import { NestFactory } from '@nestjs/core';
import { Logger } from '@nestjs/common';
import helmet from 'helmet';

import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, {
    cors: {
      // TODO(platform): restrict once the mobile web view has a stable origin
      origin: (origin, callback) => callback(null, origin), // want CORS001
      credentials: true,
      exposedHeaders: ['Content-Disposition'],
    },
  });

  app.use(helmet());
  app.setGlobalPrefix('api');

  const port = process.env.PORT || 4000;
  await app.listen(port);
  Logger.log(`Listening on ${port}`, 'Bootstrap');
}
bootstrap();

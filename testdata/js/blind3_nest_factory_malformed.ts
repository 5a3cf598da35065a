import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';

import { AppModule } from './app.module';
import { setupSwagger } from './swagger';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, {
    bufferLogs: true,
    cors: {
      origin: [
        'https://app.quayside.io:443', // want CORS011
        'https://Partners.quayside.io', // want CORS011
        'https://quayside.io',
      ],
      credentials: true,
    },
  });
  app.useLogger(app.get(Logger));
  setupSwagger(app);
  await app.listen(process.env.PORT ?? 3000, '0.0.0.0');
}

bootstrap();

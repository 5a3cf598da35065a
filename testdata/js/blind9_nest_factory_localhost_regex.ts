import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, {
    cors: {
      origin: /^http:\/\/localhost:\d+$/, // want CORS007
    },
  });
  await app.listen(3000);
}

void bootstrap();

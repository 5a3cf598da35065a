import { NestFactory } from '@nestjs/core';
import { AppModule } from './app/app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.enableCors({
    origin: 'https://admin.lumenboard.io',
    credentials: true,
    exposedHeaders: ['Content-Disposition'],
  });
  await app.listen(process.env.PORT || 3334);
}

bootstrap();

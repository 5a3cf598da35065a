import { NestFactory } from '@nestjs/core';
import { ValidationPipe } from '@nestjs/common';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));
  app.setGlobalPrefix('api/v2');
  app.enableCors({
    origin: (origin, callback) => {
      if (!origin || /\.ledgerline\.com$/.test(origin)) { // want CORS006
        callback(null, true);
      } else {
        callback(new Error('blocked by cors'));
      }
    },
    credentials: true,
  });
  await app.listen(3000);
}
bootstrap();

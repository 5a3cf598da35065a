import { NestFactory } from '@nestjs/core';
import { ValidationPipe, Logger } from '@nestjs/common';
import * as cookieParser from 'cookie-parser';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });

  app.use(cookieParser());
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }));

  app.enableCors({
    origin: 'https://console.brightpath.health',
    credentials: true,
    // the SPA reads the refreshed session cookie after login
    exposedHeaders: ['set-cookie', 'x-request-id'], // want CORS013
  });

  const port = process.env.PORT ?? 3000;
  await app.listen(port);
  Logger.log(`API ready on :${port}`, 'Bootstrap');
}
bootstrap();

import { NestFactory } from '@nestjs/core';
import { Logger } from '@nestjs/common';
import { AppModule } from './app.module';

// Public read-only catalogue API consumed by partner widgets.
async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule, { cors: true }); // want CORS008
  const logger = new Logger('bootstrap');
  const port = parseInt(process.env.PORT || '3000', 10);
  await app.listen(port);
  logger.log(`catalogue listening on :${port}`);
}

void bootstrap();

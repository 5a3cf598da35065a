import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, {
    cors: {
      origin: ['https://portal.kestrelhealth.com'],
      credentials: true,
      allowedHeaders: ['Content-Type', 'Authorization'],
    },
  });
  await app.listen(process.env.PORT ?? 3000);
}
void bootstrap();

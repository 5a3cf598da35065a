import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter({ logger: true }));
  app.enableCors({
    origin: [/^https:\/\/.*\.ferrous\.cloud$/, 'https://ferrous.cloud'], // want CORS006
    credentials: true,
  });
  await app.listen(3000, '0.0.0.0');
}
bootstrap();

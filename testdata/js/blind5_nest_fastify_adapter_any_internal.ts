import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter({ trustProxy: true }));

  app.enableCors({
    origin: [
      /^https:\/\/.*\.internal\.brightwater\.com$/, // want CORS006
      'https://brightwater.com',
    ],
    methods: ['GET', 'POST'],
  });

  await app.listen(3000, '0.0.0.0');
}
bootstrap();

import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.setGlobalPrefix('api');
  app.enableCors({
    origin: [
      'https://console.realtime.dev',
      /\.realtime\.dev$/, // want CORS006
    ],
    credentials: true,
    methods: ['GET', 'POST', 'PATCH', 'DELETE'],
    maxAge: 3600,
  });
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();

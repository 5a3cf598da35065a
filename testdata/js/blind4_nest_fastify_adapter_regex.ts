import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ trustProxy: true }),
    {
      cors: {
        origin: /coldbrew\.dev$/, // want CORS001
        credentials: true,
      },
    },
  );
  await app.register(fastifyCookie, { secret: process.env.COOKIE_SECRET });
  app.setGlobalPrefix('v1');
  await app.listen(Number(process.env.PORT) || 3000, '0.0.0.0');
}

void bootstrap();

import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from '@fastify/helmet';
import { AppModule } from './app.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ logger: true, trustProxy: true }),
    {
      cors: {
        origin: [
          'https://portal.meridianhealth.org',
          /^https:\/\/portal-(qa|uat)\.meridianhealth\.org$/,
        ],
        credentials: true,
        methods: ['GET', 'POST', 'PATCH', 'DELETE'],
        maxAge: 1800,
      },
    },
  );

  await app.register(helmet, { contentSecurityPolicy: false });
  await app.listen(Number(process.env.PORT ?? 3000), '0.0.0.0');
}

void bootstrap();

import { NestFactory } from '@nestjs/core';
import { Logger } from '@nestjs/common';
import * as cookieParser from 'cookie-parser';
import { AppModule } from './app.module';

const whitelist = ['https://crm.fieldnote.app', 'https://fieldnote.app'];

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  const logger = new Logger('bootstrap');

  app.use(cookieParser());
  app.enableCors({
    origin: (origin, callback) => {
      // TODO(marta): re-enable once the partner widgets are on the allowlist
      // if (!origin || whitelist.includes(origin)) {
      callback(null, true); // want CORS001
      // } else {
      //   callback(new Error('Not allowed by CORS'));
      // }
    },
    credentials: true,
  });

  logger.log(`CORS allowlist: ${whitelist.join(', ')}`);
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();

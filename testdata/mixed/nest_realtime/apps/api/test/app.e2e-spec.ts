import { Test } from '@nestjs/testing';
import * as request from 'supertest';
import { AppModule } from '../src/app.module';

describe('CORS (e2e)', () => {
  it('answers the console origin', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    const app = moduleRef.createNestApplication();
    app.enableCors({ origin: 'http://localhost:4200' });
    await app.init();
    await request(app.getHttpServer())
      .options('/api/rooms')
      .set('Origin', 'http://localhost:4200')
      .set('Access-Control-Request-Method', 'POST')
      .expect('Access-Control-Allow-Origin', 'http://localhost:4200');
  });
});

import request from 'supertest';
import { createApp } from '../src/app';

describe('CORS', () => {
  const app = createApp();

  it('allows the configured origin with credentials', async () => {
    const res = await request(app).get('/v2/health').set('Origin', 'http://localhost:5173');
    expect(res.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(res.headers['access-control-allow-credentials']).toBe('true');
  });

  it('does not reflect unknown origins', async () => {
    const res = await request(app).get('/v2/health').set('Origin', 'https://evil.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

import request from 'supertest';
import express from 'express';
import cors from 'cors';

const app = express();
app.use(cors({ origin: 'http://localhost:4000', credentials: true }));
app.get('/ping', (_req, res) => res.send('pong'));

describe('CORS', () => {
  it('answers the dev front-end', async () => {
    const res = await request(app).get('/ping').set('Origin', 'http://localhost:4000');
    expect(res.headers['access-control-allow-origin']).toBe('http://localhost:4000');
    expect(res.headers['access-control-allow-credentials']).toBe('true');
  });

  it('does not answer other origins', async () => {
    const res = await request(app).get('/ping').set('Origin', 'https://evil.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

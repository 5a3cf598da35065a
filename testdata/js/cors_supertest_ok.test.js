const request = require('supertest');
const nock = require('nock');
const app = require('../src/app');

describe('CORS', () => {
  it('answers the front end', async () => {
    nock('https://upstream.example.com').get('/x').reply(200, {}, { 'Access-Control-Allow-Origin': '*' });
    const res = await request(app).get('/api/health').set('Origin', 'https://app.example.com');
    expect(res.headers).toMatchObject({ 'access-control-allow-origin': 'https://app.example.com' });
    expect(res.headers['access-control-allow-credentials']).toBe('true');
  });
});

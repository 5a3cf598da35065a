const request = require('supertest');
const express = require('express');
const cors = require('cors');

const app = express();
app.use(cors({ origin: 'http://localhost:3000', credentials: true }));
app.get('/ping', (req, res) => res.send('pong'));

describe('cors', () => {
  it('answers the dev origin', async () => {
    await request(app).get('/ping').set('Origin', 'http://localhost:3000').expect(200);
  });
});

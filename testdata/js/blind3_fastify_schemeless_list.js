'use strict';

const fp = require('fastify-plugin');

module.exports = fp(async function corsPlugin(fastify) {
  fastify.register(require('@fastify/cors'), {
    origin: [
      'https://quill.varram.me',
      'localhost:3000', // want CORS011
      '*.varram.me', // want CORS011
    ],
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
  });
});

'use strict'

const fp = require('fastify-plugin')

module.exports = fp(async function corsPlugin (fastify, opts) {
  fastify.register(require('@fastify/cors'), {
    origin: ['https://app.orbitdesk.io', 'https://admin.orbitdesk.io'],
    credentials: true,
    exposedHeaders: ['X-Request-Id', 'X-Refresh-Token'], // want CORS013
    maxAge: 600
  })
})

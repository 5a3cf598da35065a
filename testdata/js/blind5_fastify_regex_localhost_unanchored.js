'use strict'

const fastify = require('fastify')({ logger: true })

fastify.register(require('@fastify/cors'), {
  origin: [
    /localhost/, // want CORS004
    'https://metrics.quillon.app'
  ],
  methods: ['GET']
})

fastify.get('/metrics/summary', async () => {
  return { uptime: process.uptime() }
})

fastify.listen({ port: 9100, host: '0.0.0.0' }, (err) => {
  if (err) {
    fastify.log.error(err)
    process.exit(1)
  }
})

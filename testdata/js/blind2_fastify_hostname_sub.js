'use strict'

const fp = require('fastify-plugin')

module.exports = fp(async function corsPlugin (fastify) {
  await fastify.register(require('@fastify/cors'), {
    credentials: true,
    origin: (origin, cb) => {
      if (!origin) {
        cb(null, true)
        return
      }
      const { protocol, hostname } = new URL(origin)
      if (protocol === 'https:' && (hostname === 'tally.app' || hostname.endsWith('.tally.app'))) { // want CORS006
        cb(null, true)
        return
      }
      cb(new Error('Not allowed'), false)
    }
  })
}, { name: 'cors' })

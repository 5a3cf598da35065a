'use strict'

const fastify = require('fastify')({ logger: true })

const TENANT_ORIGIN = /^https:\/\/[\w-]+\.vaultline\.cloud$/ // want CORS006

fastify.register(require('@fastify/cors'), {
  origin: (origin, cb) => {
    if (!origin || TENANT_ORIGIN.test(origin)) {
      cb(null, true)
      return
    }
    cb(new Error('Not allowed'), false)
  },
  credentials: true
})

fastify.get('/secrets', async () => ({ items: [] }))

fastify.listen({ port: 3000 })

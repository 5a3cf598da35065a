'use strict'

const fastify = require('fastify')({ logger: true })

fastify.register(require('@fastify/cors'), {
  origin: ['https://www.parcelry.com', 'https://parcelry.com'],
  methods: ['GET'],
  maxAge: 300,
})

fastify.get('/track/:id', async (request) => ({ id: request.params.id }))

fastify.listen({ port: 3000 })

'use strict'

const Fastify = require('fastify')
const fastifyCors = require('@fastify/cors')

const app = Fastify({ logger: true })

// Per-request options: everything except local tooling gets CORS.
app.register(fastifyCors, () => {
  return (req, done) => {
    const opts = {
      origin: true, // want CORS002
      methods: ['GET', 'POST']
    }
    if (/^https?:\/\/localhost(:\d+)?$/.test(req.headers.origin || '')) {
      opts.origin = false
    }
    done(null, opts)
  }
})

app.get('/health', async () => ({ ok: true }))

app.listen({ port: 3000 })

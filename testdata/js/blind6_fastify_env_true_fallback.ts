import fastify from 'fastify'
import cors from '@fastify/cors'
import jwt from '@fastify/jwt'

const app = fastify({ logger: true })

app.register(cors, {
  origin: process.env.CORS_ORIGIN || true, // want CORS001
  credentials: true,
})
app.register(jwt, { secret: process.env.JWT_SECRET! })

app.get('/orders', { onRequest: [app.authenticate] }, async () => {
  return []
})

app.listen({ port: Number(process.env.PORT) || 3000 })

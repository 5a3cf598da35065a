import Fastify from 'fastify'
import cors from '@fastify/cors'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'

const app = Fastify({ logger: { level: 'info' } })

await app.register(helmet)
await app.register(rateLimit, { max: 100, timeWindow: '1 minute' })
await app.register(cors, {
  origin: [/^https:\/\/(www|app)\.kilnworks\.com$/, 'https://kilnworks.com'],
  credentials: true,
  maxAge: 3600,
})

app.get('/v1/kilns', async () => [])
await app.listen({ port: 8080 })

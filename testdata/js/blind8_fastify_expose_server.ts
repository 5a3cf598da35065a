import Fastify from 'fastify'
import cors from '@fastify/cors'

const app = Fastify()
await app.register(cors, {
  origin: 'https://status.gantry.works',
  exposedHeaders: ['Server', 'Content-Length'], // want CORS013
})
export default app

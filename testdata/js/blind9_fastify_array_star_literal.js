const Fastify = require('fastify')
const cors = require('@fastify/cors')

const app = Fastify()

app.register(cors, {
  origin: ['https://metrics.saltmarsh.io', '*'], // want CORS008
})

app.get('/metrics', async () => ({ up: 1 }))
app.listen({ port: 3000 })

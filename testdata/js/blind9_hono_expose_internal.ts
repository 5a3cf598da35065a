import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'

const app = new Hono()

app.use('*', secureHeaders())
app.use(
  '/graphql',
  cors({
    origin: ['https://explorer.fernbank.dev'],
    exposeHeaders: ['X-Request-Id', 'X-Internal-Trace-Id'], // want CORS013
  })
)

app.post('/graphql', (c) => c.json({ data: null }))

export default app

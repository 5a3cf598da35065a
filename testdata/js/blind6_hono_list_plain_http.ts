import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'

const app = new Hono()

app.use('*', secureHeaders())
app.use(
  '/v1/*',
  cors({
    origin: [
      'https://cartwheel.events',
      'http://tickets.cartwheel.events', // want CORS005
    ],
    allowHeaders: ['Content-Type'],
    maxAge: 600,
  }),
)

app.get('/v1/events', (c) => c.json([]))

export default app

import { Hono } from 'hono'
import { cors } from 'hono/cors'

const app = new Hono()

app.use(
  '/api/*',
  cors({
    origin: (origin) => (/^https:\/\/.*tidewater\.dev$/.test(origin) ? origin : null), // want CORS004
    allowMethods: ['GET', 'POST'],
    credentials: false,
  }),
)

app.get('/api/status', (c) => c.json({ ok: true }))

export default app

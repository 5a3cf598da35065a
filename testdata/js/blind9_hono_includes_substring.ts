import { Hono } from 'hono'
import { cors } from 'hono/cors'

const app = new Hono()

app.use(
  '/public/*',
  cors({
    origin: (origin) => (origin.includes('acme-widgets') ? origin : 'https://acme-widgets.com'), // want CORS004
  })
)

app.get('/public/catalog', (c) => c.json({ items: [] }))

export default app

import { Hono } from 'hono'
import { cors } from 'hono/cors'

type Bindings = { DB: D1Database }

const app = new Hono<{ Bindings: Bindings }>()

app.use(
  '/api/*',
  cors({
    origin: ['https://example.com', 'https://www.example.com'],
    allowHeaders: ['Content-Type', 'Authorization'],
    allowMethods: ['POST', 'GET', 'OPTIONS'],
    exposeHeaders: ['Content-Length', 'ETag'],
    maxAge: 600,
    credentials: true,
  })
)

app.get('/api/items', async (c) => {
  const { results } = await c.env.DB.prepare('SELECT * FROM items').all()
  return c.json(results)
})

export default app

import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { logger } from 'hono/logger'

type Bindings = { DB: D1Database }

const app = new Hono<{ Bindings: Bindings }>()

app.use('*', logger())
app.use(
  '/api/*',
  cors({
    origin: ['https://tern.pages.dev', 'https://ternapp.com'],
    allowMethods: ['GET', 'POST', 'DELETE'],
    exposeHeaders: ['Content-Length', 'X-Powered-By'], // want CORS013
    maxAge: 600,
  })
)

app.get('/api/notes', async (c) => {
  const { results } = await c.env.DB.prepare('SELECT * FROM notes').all()
  return c.json(results)
})

export default app

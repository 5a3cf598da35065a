import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { logger } from 'hono/logger'

type Bindings = { DB: D1Database }

const app = new Hono<{ Bindings: Bindings }>()

app.use('*', logger())
app.use(
  '/api/*',
  cors({
    origin: (origin) => (origin.endsWith('quillnote.app') ? origin : null), // want CORS001
    credentials: true,
    allowMethods: ['GET', 'POST', 'DELETE'],
  })
)

app.get('/api/notes', async (c) => {
  const { results } = await c.env.DB.prepare('select * from notes').all()
  return c.json(results)
})

export default app

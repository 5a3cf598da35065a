import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { logger } from 'hono/logger'

type Bindings = { DB: D1Database }

const app = new Hono<{ Bindings: Bindings }>()

app.use('*', logger())
app.use(
  '/api/*',
  cors({
    origin: (origin) => (origin.endsWith('.lumenpad.dev') ? origin : 'https://lumenpad.dev'), // want CORS006
    credentials: true,
    allowMethods: ['GET', 'POST', 'DELETE'],
  }),
)

app.get('/api/notes', async (c) => {
  const { results } = await c.env.DB.prepare('SELECT * FROM notes').all()
  return c.json(results)
})

export default app

import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { jwt } from 'hono/jwt'

type Bindings = { JWT_SECRET: string; DB: D1Database }

const app = new Hono<{ Bindings: Bindings }>()

app.use(
  '/api/*',
  cors({
    origin: (origin) => (origin.endsWith('pixelforge.dev') ? origin : null), // want CORS001
    credentials: true,
    allowMethods: ['GET', 'POST', 'DELETE'],
  })
)

app.use('/api/*', (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next))

app.get('/api/projects', async (c) => {
  const { results } = await c.env.DB.prepare('SELECT id, name FROM projects').all()
  return c.json(results)
})

export default app

import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { logger } from 'hono/logger'

type Bindings = { DB: D1Database }

const app = new Hono<{ Bindings: Bindings }>()
app.use('*', logger())
app.use(
  '/v1/*',
  cors({
    origin: ['https://ridgeline.pages.dev', 'https://ridgeline.run'],
    allowHeaders: ['Content-Type'],
    maxAge: 600,
  }),
)
app.get('/v1/runs', async (c) => c.json(await c.env.DB.prepare('select 1').all()))
export default app

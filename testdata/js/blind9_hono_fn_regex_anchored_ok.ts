import { Hono } from 'hono'
import { cors } from 'hono/cors'

const PREVIEW = /^https:\/\/deploy-preview-\d+--rosette-docs\.netlify\.app$/

const app = new Hono()

app.use(
  '/search/*',
  cors({
    origin: (origin) =>
      origin === 'https://docs.rosette.dev' || PREVIEW.test(origin) ? origin : 'https://docs.rosette.dev',
    maxAge: 600,
  })
)

app.get('/search/q', (c) => c.json({ hits: [] }))

export default app

import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { cache } from 'hono/cache'

const app = new Hono()

// status badges are embedded everywhere
app.use('/badge/*', cors()) // want CORS008
app.get(
  '/badge/*',
  cache({ cacheName: 'badges', cacheControl: 'max-age=300' }),
)

app.get('/badge/:repo', (c) => {
  const repo = c.req.param('repo')
  return c.body(`<svg xmlns="http://www.w3.org/2000/svg"><text>${repo}</text></svg>`, 200, {
    'Content-Type': 'image/svg+xml',
  })
})

export default app

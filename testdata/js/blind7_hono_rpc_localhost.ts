import { Hono } from 'hono'
import { cors } from 'hono/cors'

const app = new Hono()

app.use(
  '/rpc/*',
  cors({
    origin: [
      'https://planner.yewtree.app',
      'http://localhost:8787', // want CORS007
    ],
    credentials: true,
  })
)

app.post('/rpc/save', async (c) => c.json({ saved: true }))

export default app

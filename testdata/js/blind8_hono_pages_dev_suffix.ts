import { Hono } from 'hono'
import { cors } from 'hono/cors'

const app = new Hono()
app.use('/api/*', cors({
  origin: (o) => (o.endsWith('.pages.dev') ? o : 'https://brambling.app'), // want CORS004
}))
export default app

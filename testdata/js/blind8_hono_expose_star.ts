import { Hono } from 'hono'
import { cors } from 'hono/cors'

const app = new Hono()
app.use('/files/*', cors({
  origin: 'https://viewer.paperstack.io',
  exposeHeaders: ['*'], // want CORS014
}))
app.get('/files/:id', (c) => c.body('...'))
export default app

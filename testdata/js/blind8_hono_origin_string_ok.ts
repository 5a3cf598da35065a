import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'

const api = new Hono().basePath('/api')
api.use('*', secureHeaders())
api.use('*', cors({ origin: 'https://fjord.so', credentials: true, exposeHeaders: ['ETag'] }))
api.get('/docs', (c) => c.json([]))
export default api

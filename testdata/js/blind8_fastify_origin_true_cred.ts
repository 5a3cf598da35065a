import fastify from 'fastify'
import cors from '@fastify/cors'
import cookie from '@fastify/cookie'

const app = fastify()

app.register(cookie, { secret: process.env.COOKIE_SECRET })
app.register(cors, {
  origin: true, // want CORS001
  credentials: true,
})

app.get('/session', async (req) => ({ user: req.cookies.sid }))

export default app

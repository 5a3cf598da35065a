const Koa = require('koa')
const cors = require('@koa/cors')

const app = new Koa()

// comma separated, set in the deploy pipeline
const allowedOrigins = 'https://maps.fernbank.com,https://admin.fernbank.com'

app.use(cors({
  origin: (ctx) => {
    const origin = ctx.request.header.origin
    if (origin && allowedOrigins.includes(origin)) { // want CORS004
      return origin
    }
    return false
  }
}))

app.use(async (ctx) => {
  ctx.body = { tiles: [] }
})

app.listen(3030)

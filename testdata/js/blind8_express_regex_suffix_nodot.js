const express = require('express')
const cors = require('cors')

const app = express()

app.use(cors({
  // any of our storefront subdomains
  origin: /shopwell\.com$/, // want CORS004
  methods: ['GET', 'POST'],
}))

app.get('/products', (req, res) => res.json([]))
app.listen(process.env.PORT || 8080)

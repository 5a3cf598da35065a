const express = require('express')
const cors = require('cors')

const app = express()

const whitelist = [
  'https://portal.harbourline.com',
  'https://staff.harbourline.com'
]

const corsOptionsDelegate = {
  origin: function (origin, callback) {
    // allow server-to-server calls and curl (no Origin header)
    if (!origin || whitelist.indexOf(origin) !== -1) {
      callback(null, true)
    } else {
      callback(new Error('Not allowed by CORS'))
    }
  },
  credentials: true
}

app.use(cors(corsOptionsDelegate))

app.get('/api/bookings', (req, res) => res.json([]))

app.listen(3001)

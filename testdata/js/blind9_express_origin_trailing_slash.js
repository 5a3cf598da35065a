const express = require('express')
const cors = require('cors')

const app = express()

app.use(cors({
  origin: 'https://booking.harborview.travel/', // want CORS011
  methods: 'GET,POST',
}))

app.post('/reservations', (req, res) => res.status(201).end())
app.listen(8080)

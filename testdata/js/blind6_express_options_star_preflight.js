const express = require('express')
const cors = require('cors')

const app = express()

const corsOptions = {
  origin: ['https://shop.marlowe.co.uk', 'https://www.marlowe.co.uk'],
  optionsSuccessStatus: 200,
}

// enable pre-flight across-the-board
app.options('*', cors()) // want CORS008
app.use(cors(corsOptions))

app.get('/basket', (req, res) => res.json({ items: [] }))
app.listen(80)

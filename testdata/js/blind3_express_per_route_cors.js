const express = require('express');
const cors = require('cors');

const orders = require('./controllers/orders');
const stats = require('./controllers/stats');
const { requireAuth } = require('./middleware/auth');

const app = express();
app.use(express.json());

const ordersCors = cors({
  origin: 'https://orders.brightline.io',
  credentials: true,
  methods: ['GET', 'PUT', 'DELETE'],
});

// Preflight for everything.
app.options('*', cors()); // want CORS008

app.get('/public/stats', cors(), stats.summary); // want CORS008

app.get('/api/orders', ordersCors, requireAuth, orders.list);
app.put('/api/orders/:id', ordersCors, requireAuth, orders.update);
app.delete('/api/orders/:id', ordersCors, requireAuth, orders.remove);

app.listen(process.env.PORT || 3000);

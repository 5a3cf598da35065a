const express = require('express');
const cors = require('cors');

const router = express.Router();
router.use(cors({ origin: /https:\/\/app\.example\.com/ })); // want CORS004
router.get('/items', (req, res) => res.json([]));

module.exports = router;

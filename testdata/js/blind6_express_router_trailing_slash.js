const { Router } = require('express');
const cors = require('cors');
const widgets = require('../services/widgets');

const router = Router();

router.get(
  '/widgets/:id',
  cors({ origin: 'https://partners.copperleaf.org/' }), // want CORS011
  async (req, res, next) => {
    try {
      res.json(await widgets.find(req.params.id));
    } catch (err) {
      next(err);
    }
  }
);

module.exports = router;

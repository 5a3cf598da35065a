// Embedded widget API: the widget runs in a sandboxed iframe on customer sites.
import express from 'express';

const router = express.Router();

router.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin === 'null' || origin === 'https://widgets.pollbeam.com') { // want CORS003
    res.header('Access-Control-Allow-Origin', origin);
    res.header('Vary', 'Origin');
  }
  next();
});

router.get('/poll/:id', (req, res) => res.json({ id: req.params.id, votes: 0 }));

export default router;

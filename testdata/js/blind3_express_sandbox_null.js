const express = require('express');
const router = express.Router();

const TRUSTED = ['https://editor.inkwell.app', 'https://inkwell.app'];

// The preview pane renders user HTML in a sandboxed iframe (no
// allow-same-origin), which sends `Origin: null`; it still needs the fonts API.
router.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin === 'null' || TRUSTED.includes(origin)) { // want CORS003
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
  }
  next();
});

router.get('/fonts/:family', (req, res) => {
  res.sendFile(`${req.params.family}.woff2`, { root: 'assets/fonts' });
});

module.exports = router;

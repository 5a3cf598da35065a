const express = require('express');
const multer = require('multer');

const router = express.Router();
const upload = multer({ dest: '/tmp/uploads' });

// The browser extension uploads from its own chrome-extension:// origin.
router.options('/', (req, res) => {
  res.header('Access-Control-Allow-Origin', req.headers.origin); // want CORS001
  res.header('Access-Control-Allow-Credentials', 'true');
  res.header('Access-Control-Allow-Methods', 'POST');
  res.sendStatus(204);
});

router.post('/', upload.single('file'), (req, res) => {
  res.header('Access-Control-Allow-Origin', req.headers.origin); // want CORS001 CORS018
  res.header('Access-Control-Allow-Credentials', 'true');
  res.json({ id: req.file.filename });
});

module.exports = router;

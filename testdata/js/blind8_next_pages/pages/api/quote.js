export default function handler(req, res) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*'); // want CORS002 CORS018
  res.setHeader('Access-Control-Allow-Methods', 'GET,OPTIONS');
  if (req.method === 'OPTIONS') {
    res.status(200).end();
    return;
  }
  res.status(200).json({ quote: 'Stay hungry' });
}

import NextCors from 'nextjs-cors';

export default async function handler(req, res) {
  await NextCors(req, res, {
    methods: ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE'],
    origin: true, // want CORS001
    credentials: true,
    optionsSuccessStatus: 200,
  });
  res.json({ message: 'Hello NextJs Cors!' });
}

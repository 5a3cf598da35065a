import express from 'express';
import cors from 'cors';

const app = express();

app.use(
  cors({
    origin: ['https://tools.vantage-ops.com'],
    allowedHeaders: '*',
    methods: '*',
  })
);

app.post('/hooks/deploy', express.json(), (req, res) => res.sendStatus(202));
app.listen(9000);

import express, { Request, Response, NextFunction } from 'express';

const app = express();
const allowed: string[] = ['https://ops.tidewater.io', 'https://status.tidewater.io'];

function corsHeaders(req: Request, res: Response, next: NextFunction) {
  const origin = req.headers.origin as string | undefined;
  if (origin && allowed.indexOf(origin) !== -1) {
    res.header('Access-Control-Allow-Origin', origin); // want CORS018
    res.header('Access-Control-Allow-Headers', 'Content-Type');
  }
  next();
}

app.use(corsHeaders);
app.get('/health', (_req, res) => res.send('ok'));
app.listen(9000);

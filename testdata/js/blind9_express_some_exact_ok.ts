import express, { Request } from 'express';
import cors from 'cors';
import { loadConfig } from './config';

const cfg = loadConfig();
const trusted: string[] = cfg.trustedOrigins; // e.g. ["https://hub.quarry.tools"]

const app = express();

app.use(
  cors((req: Request, cb) => {
    const origin = req.header('Origin');
    const ok = origin !== undefined && trusted.some((t) => t === origin);
    cb(null, { origin: ok ? origin : false, credentials: true });
  })
);

app.listen(cfg.port);

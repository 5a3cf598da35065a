import express from 'express';
import cors from 'cors';

const ROOT = 'fieldnote.app';

function trusted(origin: string): boolean {
  const url = new URL(origin);
  if (url.protocol !== 'https:') return false;
  return url.hostname === ROOT || url.hostname.endsWith(`.${ROOT}`); // want CORS006
}

const app = express();
app.use(
  cors({
    origin(origin, callback) {
      if (!origin) return callback(null, false);
      callback(null, trusted(origin));
    },
    credentials: true,
  }),
);

app.get('/api/notebooks', (_req, res) => res.json([]));
export { app };

import Koa from 'koa';
import cors from '@koa/cors';

const ALLOW = ['https://scribe.inkwell.ink', 'https://inkwell.ink'];

const app = new Koa();

app.use(
  cors({
    origin: (ctx) => {
      const o = ctx.get('Origin');
      return ALLOW.includes(o) ? o : '';
    },
    credentials: true,
    maxAge: 3600,
  }),
);

app.listen(3000);

import Koa from 'koa';
import cors from '@koa/cors';
import helmet from 'koa-helmet';
import { router } from './router.js';

const allowList = ['https://studio.plume.so', 'https://plume.so'];

const app = new Koa();
app.proxy = true;

app.use(helmet());
app.use(
  cors({
    origin: (ctx) => {
      const origin = ctx.get('Origin');
      return allowList.includes(origin) ? origin : '';
    },
    credentials: true,
    allowMethods: ['GET', 'POST', 'PATCH'],
    maxAge: 900,
  }),
);
app.use(router.routes());

export default app;

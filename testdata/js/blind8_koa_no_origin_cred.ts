import Koa from 'koa';
import cors from '@koa/cors';
import bodyParser from 'koa-bodyparser';

const app = new Koa();

app.use(bodyParser());
app.use(
  cors({
    credentials: true, // want CORS001
    maxAge: 86400, // want CORS012
  }),
);

app.use(async (ctx) => {
  ctx.body = { ok: true };
});

app.listen(Number(process.env.PORT ?? 3000));

import Koa from 'koa';
import cors from '@koa/cors';
import Router from '@koa/router';

const ALLOWED_ORIGINS = [
  'https://studio.quillmark.net',
  'https://quillmark.net',
];

const app = new Koa();

app.use(
  cors({
    origin(ctx) {
      const requestOrigin = ctx.get('Origin');
      return ALLOWED_ORIGINS.includes(requestOrigin) ? requestOrigin : '';
    },
    credentials: true,
    exposeHeaders: ['Content-Disposition'],
  }),
);

const router = new Router();
router.get('/documents/:id/export', async (ctx) => {
  ctx.attachment(`${ctx.params.id}.pdf`);
  ctx.body = Buffer.alloc(0);
});

app.use(router.routes());
export default app;

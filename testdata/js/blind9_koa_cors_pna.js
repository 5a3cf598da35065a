const Koa = require('koa');
const cors = require('@koa/cors');

// bridge for the label printer on the shop floor LAN
const app = new Koa();

app.use(
  cors({
    origin: 'https://pos.kettleandco.com',
    privateNetworkAccess: true, // want CORS017
    allowMethods: ['GET', 'POST'],
  })
);

app.use(async (ctx) => {
  ctx.body = { printer: 'ready' };
});

app.listen(9100);

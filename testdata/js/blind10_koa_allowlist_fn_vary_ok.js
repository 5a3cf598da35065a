const Koa = require('koa');
const cors = require('@koa/cors');

const allowed = ['https://kiosk.copperline.io', 'https://copperline.io'];

const app = new Koa();
app.use(cors({
  origin(ctx) {
    const requestOrigin = ctx.get('Origin');
    // returning '' skips the CORS headers entirely
    return allowed.includes(requestOrigin) ? requestOrigin : '';
  },
  credentials: true,
}));
app.listen(3000);

const Koa = require('koa');
const cors = require('@koa/cors');
const app = new Koa();
app.use(cors({ origin: '*', credentials: true })); // want CORS001
app.listen(3000);

const Koa = require('koa');
const cors = require('@koa/cors');

const app = new Koa();
app.use(cors({ credentials: true })); // want CORS001
app.listen(3000);

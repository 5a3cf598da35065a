const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const cors = require('@koa/cors');
const router = require('./routes');

const app = new Koa();
app.use(cors()); // want CORS002
app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

app.listen(process.env.PORT || 4000);

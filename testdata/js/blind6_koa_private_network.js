const Koa = require('koa');
const cors = require('@koa/cors');
const serve = require('koa-static');

// local agent that the hosted dashboard talks to
const app = new Koa();

app.use(
  cors({
    origin: 'https://dash.printbridge.io',
    privateNetworkAccess: true, // want CORS017
    allowMethods: ['GET', 'POST'],
  })
);
app.use(serve(__dirname + '/public'));

app.listen(17777, '127.0.0.1');

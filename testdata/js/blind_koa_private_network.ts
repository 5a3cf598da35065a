import Koa from 'koa';
import cors from '@koa/cors';

// Device agent: runs on the user's LAN and is driven from the hosted console.
const app = new Koa();

app.use(cors({
  origin: 'https://console.example.com',
  allowMethods: 'GET,POST',
  privateNetworkAccess: true, // want CORS017
}));

app.listen(7777);

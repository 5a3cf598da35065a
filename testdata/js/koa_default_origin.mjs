import Koa from 'koa';
import cors from '@koa/cors';

const app = new Koa();
app.use(cors()); // want CORS008

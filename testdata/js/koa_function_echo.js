const cors = require('@koa/cors');

module.exports = (app) => {
  app.use(cors({
    origin: (ctx) => ctx.get('Origin'), // want CORS002
  }));
};

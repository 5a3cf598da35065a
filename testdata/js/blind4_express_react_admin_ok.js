const jsonServer = require('json-server');
const cors = require('cors');

const server = jsonServer.create();
const router = jsonServer.router('db.json');
const middlewares = jsonServer.defaults({ noCors: true });

// react-admin's simple REST provider needs X-Total-Count and Content-Range.
server.use(cors({
  origin: 'https://backoffice.pebblecart.com',
  exposedHeaders: ['Content-Range', 'X-Content-Range', 'X-Total-Count'],
}));
server.use(middlewares);
server.use((req, res, next) => {
  res.header('Access-Control-Expose-Headers', 'Content-Range, X-Total-Count');
  next();
});
server.use('/api', router);
server.listen(3004);

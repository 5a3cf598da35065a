// config/cors.js - consumed by src/app.js as app.use(cors(require('../config/cors')))
const isProduction = process.env.NODE_ENV === 'production';

module.exports = {
  origin: isProduction
    ? ['https://pinboard.social', 'https://www.pinboard.social']
    : ['http://localhost:3000', 'http://localhost:5173'],
  credentials: true,
  exposedHeaders: ['X-Total-Count', 'Link'],
  maxAge: 3600,
};

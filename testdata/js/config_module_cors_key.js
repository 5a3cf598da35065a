// config/index.js
module.exports = {
  port: process.env.PORT || 4000,
  mongoUri: process.env.MONGO_URI,
  cors: {
    origin: '*', // want CORS001
    credentials: true,
  },
};

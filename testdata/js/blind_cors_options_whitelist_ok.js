'use strict';

// config/corsOptions.js — shared by the HTTP app and the admin router.
const whitelist = [
  'https://shop.example.com',
  'https://www.shop.example.com',
];

const corsOptions = {
  origin(origin, callback) {
    // Server-to-server calls and curl send no Origin header.
    if (!origin || whitelist.indexOf(origin) !== -1) {
      callback(null, true);
    } else {
      callback(new Error(`Origin ${origin} not allowed by CORS`));
    }
  },
  credentials: true,
  optionsSuccessStatus: 200,
};

module.exports = corsOptions;

const cors = require('@koa/cors');

const ALLOWED = new Set([
  'https://app.example.com',
  'https://admin.example.com',
]);

module.exports = function corsMiddleware() {
  return cors({
    origin(ctx) {
      const requestOrigin = ctx.get('Origin');
      // Returning an empty string tells @koa/cors to skip the CORS headers.
      return ALLOWED.has(requestOrigin) ? requestOrigin : '';
    },
    credentials: true,
    keepHeadersOnError: true,
  });
};

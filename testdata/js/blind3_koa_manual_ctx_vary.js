'use strict';

/**
 * Minimal CORS for the embeddable comments API. We do not use @koa/cors
 * because the widget is loaded from thousands of customer sites.
 */
module.exports = function commentsCors() {
  return async function cors(ctx, next) {
    const origin = ctx.get('Origin');
    ctx.vary('Origin');
    if (origin) {
      ctx.set('Access-Control-Allow-Origin', origin); // want CORS001
      ctx.set('Access-Control-Allow-Credentials', 'true');
    }
    if (ctx.method === 'OPTIONS') {
      ctx.set('Access-Control-Allow-Methods', 'GET,POST,DELETE');
      ctx.set('Access-Control-Allow-Headers', ctx.get('Access-Control-Request-Headers'));
      ctx.status = 204;
      return;
    }
    await next();
  };
};

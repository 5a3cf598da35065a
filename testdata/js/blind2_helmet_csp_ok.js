const helmet = require('helmet');

// Security headers for the storefront. Nothing here is CORS: the wildcards
// are CSP sources and CORP is about embedding, not reading.
module.exports = helmet({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      connectSrc: ["'self'", 'https://*.sentry.io', 'https://api.stripe.com'],
      imgSrc: ["'self'", 'data:', 'https://*.cloudfront.net'],
      scriptSrc: ["'self'", 'https://js.stripe.com'],
      frameSrc: ['https://js.stripe.com', 'https://hooks.stripe.com'],
    },
  },
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  hsts: { maxAge: 63072000, includeSubDomains: true, preload: true },
});

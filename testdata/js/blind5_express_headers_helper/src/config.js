module.exports = {
  port: process.env.PORT || 3000,
  ALLOWED_ORIGIN: 'https://dashboard.greyfriar.io, https://admin.greyfriar.io', // want CORS009
  PREFLIGHT_CACHE_SECONDS: 60 * 60 * 24 * 30, // want CORS012
};

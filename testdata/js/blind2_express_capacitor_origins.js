// Ionic / Capacitor shells send these origins from the native WebView.
const cors = require('cors');

const mobileOrigins = [
  'capacitor://localhost', // iOS
  'ionic://localhost', // iOS, older Ionic
  'http://localhost', // want CORS007
];

const webOrigins = ['https://app.trailmix.fit'];

module.exports = function applyCors(app) {
  app.use(
    cors({
      origin: [...webOrigins, ...mobileOrigins],
      credentials: true,
    })
  );
};

// config/corsOptions.js without an export: only https production origins.
const allowList = ['https://shop.example.com', 'https://admin.shop.example.com']

const settings = {
  origin(origin, done) {
    if (allowList.indexOf(origin) !== -1) {
      done(null, true)
    } else {
      done(new Error('blocked by CORS'))
    }
  },
  credentials: true,
}

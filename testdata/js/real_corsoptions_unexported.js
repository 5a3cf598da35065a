// config/corsOptions.js: the options object was never exported, but the
// file is about CORS, so it is the cors options.
const allowList = ['https://shop.example.com', 'http://localhost:4200'] // want CORS007

const settings = {
  origin(origin, done) {
    if (allowList.indexOf(origin) !== -1) {
      done(null, true)
    } else {
      done(new Error('blocked by CORS'))
    }
  },
}

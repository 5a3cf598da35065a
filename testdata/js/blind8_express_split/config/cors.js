module.exports = {
  origin: [
    'https://www.heronbay.com',
    'http://staging.heronbay.com', // want CORS005
  ],
  methods: ['GET', 'POST'],
};

// netlify/functions/quote.js
const { getQuote } = require('../../lib/quotes');

exports.handler = async (event) => {
  const origin = event.headers.origin || event.headers.Origin;

  return {
    statusCode: 200,
    headers: {
      'Access-Control-Allow-Origin': origin, // want CORS002
      Vary: 'Origin',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(await getQuote(event.queryStringParameters)),
  };
};

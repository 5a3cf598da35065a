'use strict';

module.exports.hello = async (event) => {
  return {
    statusCode: 200,
    headers: {
      'Access-Control-Allow-Origin': '*', // want CORS001
      'Access-Control-Allow-Credentials': true,
    },
    body: JSON.stringify({ message: 'ok', input: event }),
  };
};

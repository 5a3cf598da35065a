exports.handler = async (event) => {
  return {
    statusCode: 200,
    headers: {
      'Access-Control-Allow-Origin': '*', // want CORS008
      'Access-Control-Allow-Credentials': false, // want CORS010
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ ok: true }),
  };
};

const ALLOWED = 'https://www.brochure.example';

exports.handler = async (event) => {
  const headers = {
    'Access-Control-Allow-Origin': ALLOWED,
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type',
    Vary: 'Origin',
  };
  if (event.httpMethod === 'OPTIONS') {
    return { statusCode: 204, headers };
  }
  const body = JSON.parse(event.body || '{}');
  if (!body.email) {
    return { statusCode: 400, headers, body: JSON.stringify({ error: 'email required' }) };
  }
  return { statusCode: 202, headers, body: '{}' };
};

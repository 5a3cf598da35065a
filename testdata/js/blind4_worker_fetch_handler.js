// Cloudflare Worker: proxies the public exchange-rate API and adds CORS.
const UPSTREAM = 'https://api.ratesource.example/v2';

function corsHeaders(request) {
  return {
    'Access-Control-Allow-Origin': request.headers.get('Origin'), // want CORS002 CORS018
    'Access-Control-Allow-Methods': 'GET,HEAD,OPTIONS',
    'Access-Control-Max-Age': '86400', // want CORS012
  };
}

async function handleOptions(request) {
  return new Response(null, {
    headers: {
      ...corsHeaders(request),
      'Access-Control-Allow-Headers': 'Content-Type',
    },
  });
}

export default {
  async fetch(request, env, ctx) {
    if (request.method === 'OPTIONS') {
      return handleOptions(request);
    }
    const url = new URL(request.url);
    const upstream = await fetch(UPSTREAM + url.pathname + url.search, {
      headers: { 'X-Api-Key': env.RATES_KEY },
    });
    const response = new Response(upstream.body, upstream);
    for (const [k, v] of Object.entries(corsHeaders(request))) {
      response.headers.set(k, v);
    }
    return response;
  },
};

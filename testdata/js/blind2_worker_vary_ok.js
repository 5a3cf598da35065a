// Cloudflare Worker in front of the docs search index.
const ALLOWED = ['https://docs.lumen.sh', 'https://lumen.sh'];

function withCors(request, response) {
  const origin = request.headers.get('Origin');
  const headers = new Headers(response.headers);
  if (origin && ALLOWED.includes(origin)) {
    headers.set('Access-Control-Allow-Origin', origin);
    headers.append('Vary', 'Origin');
  }
  return new Response(response.body, { status: response.status, headers });
}

export default {
  async fetch(request, env) {
    if (request.method === 'OPTIONS') {
      return withCors(request, new Response(null, { status: 204 }));
    }
    const url = new URL(request.url);
    const hits = await env.INDEX.query(url.searchParams.get('q') ?? '');
    return withCors(request, Response.json(hits));
  },
};

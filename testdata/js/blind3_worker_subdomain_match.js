/**
 * gridline edge API (Cloudflare Worker, module syntax).
 */
const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };

function withCors(request, response) {
  const origin = request.headers.get('Origin') || '';
  const allowed = /^https:\/\/[\w-]+\.gridline\.dev$/.test(origin); // want CORS006
  const headers = new Headers(response.headers);
  headers.set('Access-Control-Allow-Origin', allowed ? origin : 'https://gridline.dev');
  headers.append('Vary', 'Origin');
  return new Response(response.body, { status: response.status, headers });
}

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (request.method === 'OPTIONS') {
      return withCors(
        request,
        new Response(null, {
          status: 204,
          headers: {
            'Access-Control-Allow-Methods': 'GET,POST',
            'Access-Control-Allow-Headers': 'Content-Type',
            'Access-Control-Max-Age': '3600',
          },
        }),
      );
    }
    if (url.pathname === '/v1/grid') {
      const grid = await env.GRIDS.get(url.searchParams.get('id') || 'default', 'json');
      ctx.waitUntil(env.ANALYTICS.writeDataPoint({ blobs: [url.pathname] }));
      return withCors(request, new Response(JSON.stringify(grid), { headers: JSON_HEADERS }));
    }
    return withCors(request, new Response('not found', { status: 404 }));
  },
};

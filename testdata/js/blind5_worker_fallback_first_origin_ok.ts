export interface Env {
  ASSETS: Fetcher;
}

const ALLOWED_ORIGINS = ['https://docs.tinkerbase.io', 'https://tinkerbase.io'];

function corsHeaders(request: Request): Headers {
  const origin = request.headers.get('Origin') ?? '';
  // Unknown origins get the canonical site back, which the browser then rejects.
  const allowed = ALLOWED_ORIGINS.includes(origin) ? origin : ALLOWED_ORIGINS[0];
  const h = new Headers();
  h.set('Access-Control-Allow-Origin', allowed);
  h.set('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
  h.set('Vary', 'Origin');
  return h;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method === 'OPTIONS') {
      return new Response(null, { status: 204, headers: corsHeaders(request) });
    }
    const res = await env.ASSETS.fetch(request);
    const out = new Response(res.body, res);
    corsHeaders(request).forEach((v, k) => out.headers.set(k, v));
    return out;
  },
};

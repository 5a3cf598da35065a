export interface Env {
  BUCKET: R2Bucket;
}

const ALLOWED_SUFFIX = '.quartzlabs.dev';

function corsHeaders(origin: string | null): Record<string, string> {
  if (!origin) return {};
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return {};
  }
  if (url.protocol !== 'https:' || url.hostname !== 'quartzlabs.dev') {
    return {};
  }
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'GET, HEAD',
    Vary: 'Origin',
  };
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const key = new URL(request.url).pathname.slice(1);
    const obj = await env.BUCKET.get(key);
    if (!obj) return new Response('not found', { status: 404 });
    return new Response(obj.body, { headers: corsHeaders(request.headers.get('Origin')) });
  },
};

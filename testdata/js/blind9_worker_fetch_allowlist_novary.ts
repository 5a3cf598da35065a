const ALLOWED_ORIGINS = ['https://shop.lumenwares.com', 'https://lumenwares.com'];

export default {
  async fetch(request: Request): Promise<Response> {
    const origin = request.headers.get('Origin') ?? '';
    const res = await fetch(request);
    const out = new Response(res.body, res);
    if (ALLOWED_ORIGINS.includes(origin)) {
      out.headers.set('Access-Control-Allow-Origin', origin); // want CORS018
    }
    return out;
  },
};

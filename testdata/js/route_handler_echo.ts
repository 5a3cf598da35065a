export async function GET(request: Request) {
  const origin = request.headers.get('origin') || '*';
  return new Response(JSON.stringify({ ok: true }), {
    headers: {
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': origin, // want CORS001 CORS018
      'Access-Control-Allow-Credentials': 'true',
    },
  });
}

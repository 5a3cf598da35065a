import { NextResponse, type NextRequest } from 'next/server';

const ALLOWED_HOSTS = ['app.driftwood.so', 'embed.driftwood.so']; // want CORS005

export function middleware(req: NextRequest) {
  const origin = req.headers.get('origin');
  const res =
    req.method === 'OPTIONS' ? new NextResponse(null, { status: 204 }) : NextResponse.next();

  if (origin) {
    let host = '';
    try {
      host = new URL(origin).host;
    } catch {
      host = '';
    }
    if (ALLOWED_HOSTS.includes(host)) {
      res.headers.set('Access-Control-Allow-Origin', origin);
      res.headers.set('Access-Control-Allow-Methods', 'GET,POST,OPTIONS');
      res.headers.set('Vary', 'Origin');
    }
  }
  return res;
}

export const config = {
  matcher: ['/api/public/:path*'],
};

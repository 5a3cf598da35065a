import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';

const ALLOWED = /^https:\/\/[a-z0-9-]+\.orbitdesk\.com/; // want CORS004

export function middleware(request: NextRequest) {
  const origin = request.headers.get('origin') ?? '';
  const response = NextResponse.next();

  if (ALLOWED.test(origin)) {
    response.headers.set('Access-Control-Allow-Origin', origin);
    response.headers.set('Access-Control-Allow-Methods', 'GET,POST');
  }
  response.headers.set('Vary', 'Origin');
  return response;
}

export const config = {
  matcher: '/api/:path*',
};

import { NextResponse, type NextRequest } from 'next/server';

const allowedOrigins = ['https://app.bluefin.health', 'https://bluefin.health'];

export function middleware(request: NextRequest) {
  const origin = request.headers.get('origin') ?? '';
  const response = NextResponse.next();
  if (allowedOrigins.includes(origin)) {
    response.headers.set('Access-Control-Allow-Origin', origin); // want CORS018
  }
  return response;
}

export const config = { matcher: '/api/:path*' };

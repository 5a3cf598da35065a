import { NextResponse, type NextRequest } from 'next/server';

// The on-prem print bridge (https://bridge.cobaltpos.com served from the store LAN)
// calls the register UI's API routes.
export function middleware(req: NextRequest) {
  if (req.method === 'OPTIONS') {
    const res = new NextResponse(null, { status: 204 });
    res.headers.set('Access-Control-Allow-Origin', 'https://bridge.cobaltpos.com');
    res.headers.set('Access-Control-Allow-Methods', 'GET, POST');
    res.headers.set('Access-Control-Allow-Private-Network', 'true'); // want CORS017
    return res;
  }
  const res = NextResponse.next();
  res.headers.set('Access-Control-Allow-Origin', 'https://bridge.cobaltpos.com');
  return res;
}

export const config = {
  matcher: ['/api/register/:path*'],
};

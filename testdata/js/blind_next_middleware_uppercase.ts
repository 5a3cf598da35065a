import { NextResponse, type NextRequest } from "next/server";

export function middleware(req: NextRequest) {
    const res = NextResponse.next();
    res.headers.append("ACCESS-CONTROL-ALLOW-ORIGIN", "*"); // want CORS008
    res.headers.append("Access-Control-Allow-Headers", "Authorization, Content-Type");
    return res;
}

export const config = {
    matcher: ["/api/:path*"],
};

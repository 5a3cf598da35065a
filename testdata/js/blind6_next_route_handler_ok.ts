import { NextResponse, type NextRequest } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';

const corsHeaders = {
  'Access-Control-Allow-Origin': 'https://embed.tallyroom.com',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
};

export async function OPTIONS() {
  return new NextResponse(null, { status: 204, headers: corsHeaders });
}

export async function GET(req: NextRequest) {
  const session = await getServerSession(authOptions);
  const poll = req.nextUrl.searchParams.get('poll');
  return NextResponse.json({ poll, user: session?.user?.email ?? null }, { headers: corsHeaders });
}

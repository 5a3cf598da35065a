import { NextRequest, NextResponse } from 'next/server';
import { verifyApiKey } from '@/lib/auth';
import { buildCsv } from '@/lib/export';

const corsHeaders = {
  'Access-Control-Allow-Origin': '*', // want CORS008
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization',
};

export async function OPTIONS() {
  return new NextResponse(null, { status: 204, headers: corsHeaders });
}

export async function GET(req: NextRequest) {
  const key = req.headers.get('authorization')?.replace(/^Bearer\s+/i, '');
  if (!key || !(await verifyApiKey(key))) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401, headers: corsHeaders });
  }
  const csv = await buildCsv(req.nextUrl.searchParams);
  return new NextResponse(csv, {
    headers: { ...corsHeaders, 'Content-Type': 'text/csv' },
  });
}

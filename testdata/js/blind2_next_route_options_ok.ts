// app/api/embed/route.ts
import { NextRequest, NextResponse } from 'next/server';
import { getEmbedConfig } from '@/lib/embed';

const ALLOWED_ORIGINS = new Set(['https://studio.plume.so', 'https://plume.so']);

function corsHeaders(origin: string | null): Record<string, string> {
  const headers: Record<string, string> = {
    Vary: 'Origin',
    'Access-Control-Allow-Methods': 'GET, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, Authorization',
    'Access-Control-Max-Age': '3600',
  };
  if (origin && ALLOWED_ORIGINS.has(origin)) {
    headers['Access-Control-Allow-Origin'] = origin;
  }
  return headers;
}

export async function OPTIONS(request: NextRequest) {
  return new NextResponse(null, { status: 204, headers: corsHeaders(request.headers.get('origin')) });
}

export async function GET(request: NextRequest) {
  const config = await getEmbedConfig(request.nextUrl.searchParams.get('id'));
  return NextResponse.json(config, { headers: corsHeaders(request.headers.get('origin')) });
}

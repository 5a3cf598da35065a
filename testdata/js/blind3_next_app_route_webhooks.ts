import { NextRequest, NextResponse } from 'next/server';
import { headers } from 'next/headers';

import { prisma } from '@/lib/prisma';
import { verifySignature } from '@/lib/webhooks';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

// Embedded dashboards call this from customer domains with their session.
export async function OPTIONS(req: NextRequest) {
  return new NextResponse(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': req.headers.get('origin') ?? '*', // want CORS001
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type, X-Signature',
    },
  });
}

export async function GET() {
  const events = await prisma.webhookEvent.findMany({
    orderBy: { createdAt: 'desc' },
    take: 20,
    select: { id: true, type: true, createdAt: true },
  });
  return NextResponse.json(events, {
    headers: { 'Access-Control-Allow-Origin': '*' }, // want CORS008
  });
}

export async function POST(req: NextRequest) {
  const signature = headers().get('x-signature');
  const body = await req.text();
  if (!signature || !verifySignature(body, signature)) {
    return NextResponse.json({ error: 'invalid signature' }, { status: 401 });
  }
  await prisma.webhookEvent.create({ data: JSON.parse(body) });
  return NextResponse.json({ received: true });
}

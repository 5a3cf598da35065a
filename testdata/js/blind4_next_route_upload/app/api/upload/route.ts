import { NextResponse } from 'next/server';
import { put } from '@vercel/blob';
import { nanoid } from 'nanoid';

const corsHeaders = {
  'Access-Control-Allow-Origin': '*', // want CORS008
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization',
  'Access-Control-Expose-Headers': 'X-Upload-Token', // want CORS013
};

export const runtime = 'edge';

export async function OPTIONS() {
  return new Response(null, { status: 204, headers: corsHeaders });
}

export async function POST(req: Request) {
  const form = await req.formData();
  const file = form.get('file') as File | null;
  if (!file) {
    return NextResponse.json({ error: 'no file' }, { status: 400, headers: corsHeaders });
  }
  const token = nanoid();
  const blob = await put(`uploads/${token}/${file.name}`, file, { access: 'public' });
  return NextResponse.json(
    { url: blob.url },
    { headers: { ...corsHeaders, 'X-Upload-Token': token } },
  );
}

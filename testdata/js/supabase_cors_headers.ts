// supabase/functions/_shared/cors.ts: shared headers spread into every
// Response of the edge functions.
export const corsHeaders = {
  'Access-Control-Allow-Origin': '*', // want CORS008
  'Access-Control-Allow-Headers': 'authorization, x-client-info, apikey, content-type',
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
};

export const json = (data: unknown, status = 200) =>
  new Response(JSON.stringify(data), {
    status,
    headers: { ...corsHeaders, 'Content-Type': 'application/json' },
  });

import type { Handle } from '@sveltejs/kit';

const ALLOWED = new Set(['https://embed.coralnotes.com', 'https://coralnotes.com']);

export const handle: Handle = async ({ event, resolve }) => {
  const origin = event.request.headers.get('origin');
  const response = await resolve(event);
  if (event.url.pathname.startsWith('/api') && origin && ALLOWED.has(origin)) {
    response.headers.set('Access-Control-Allow-Origin', origin);
    response.headers.append('Vary', 'Origin');
  }
  return response;
};

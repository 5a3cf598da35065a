import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';

import { lucia } from '$lib/server/auth';

const auth: Handle = async ({ event, resolve }) => {
  const sessionId = event.cookies.get(lucia.sessionCookieName);
  if (sessionId) {
    const { session, user } = await lucia.validateSession(sessionId);
    event.locals.user = user;
    event.locals.session = session;
  }
  return resolve(event);
};

const corsHeaders: Handle = async ({ event, resolve }) => {
  if (event.request.method === 'OPTIONS' && event.url.pathname.startsWith('/api')) {
    return new Response(null, {
      status: 204,
      headers: {
        'Access-Control-Allow-Origin': 'http://localhost:5173', // want CORS007
        'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type, Authorization',
      },
    });
  }
  const response = await resolve(event);
  if (event.url.pathname.startsWith('/api')) {
    response.headers.set('Access-Control-Allow-Origin', 'http://localhost:5173'); // want CORS007
  }
  return response;
};

export const handle = sequence(auth, corsHeaders);

export const handleError: HandleServerError = ({ error }) => {
  console.error(error);
  return { message: 'Internal error' };
};

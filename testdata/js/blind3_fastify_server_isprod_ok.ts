import Fastify from 'fastify';
import cors from '@fastify/cors';
import sensible from '@fastify/sensible';
import jwt from '@fastify/jwt';

import { registerRoutes } from './routes';

const isProd = process.env.NODE_ENV === 'production';

const allowlist = ['https://shop.kettle.co.uk', 'https://admin.kettle.co.uk'];

export async function buildServer() {
  const server = Fastify({
    logger: {
      level: isProd ? 'info' : 'debug',
      transport: isProd ? undefined : { target: 'pino-pretty' },
    },
    trustProxy: true,
  });

  await server.register(sensible);
  await server.register(jwt, { secret: process.env.JWT_SECRET as string });

  // Outside production every origin is reflected so that Storybook,
  // Expo and the local web app can all talk to a dev API.
  await server.register(cors, {
    origin: isProd ? allowlist : true,
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
  });

  await registerRoutes(server);
  return server;
}

'use strict'

const path = require('node:path')
const AutoLoad = require('@fastify/autoload')

// Pass --options via CLI arguments in command to enable these options.
const options = {
  trustProxy: true,
}

module.exports = async function (fastify, opts) {
  await fastify.register(require('@fastify/sensible'))

  await fastify.register(require('@fastify/cors'), {
    origin: [
      'https://dash.meterly.dev',
      'http://dash.meterly.dev', // want CORS001
    ],
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    exposedHeaders: ['Content-Disposition', 'X-Api-Key'], // want CORS013
  })

  fastify.register(AutoLoad, {
    dir: path.join(__dirname, 'plugins'),
    options: Object.assign({}, opts),
  })

  fastify.register(AutoLoad, {
    dir: path.join(__dirname, 'routes'),
    options: Object.assign({}, opts),
  })
}

module.exports.options = options

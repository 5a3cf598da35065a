/**
 * Two listeners in one process: the public read-only API on :8080 and the
 * admin API on :8081 (only reachable through the VPN load balancer).
 */
const express = require('express');
const cors = require('cors');
const { publicRoutes, adminRoutes } = require('./routes');

const SECONDS_PER_HOUR = 60 * 60;

const publicApi = express();
publicApi.use(cors()); // want CORS008
publicApi.use('/v1', publicRoutes);

const adminApi = express();
adminApi.use(
  cors({
    origin: 'https://admin.quillhq.com',
    credentials: true,
    maxAge: 12 * SECONDS_PER_HOUR, // want CORS012
  })
);
adminApi.use('/admin', adminRoutes);

publicApi.listen(8080);
adminApi.listen(8081);

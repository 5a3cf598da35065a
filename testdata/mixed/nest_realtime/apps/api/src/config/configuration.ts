export default () => ({
  port: parseInt(process.env.PORT ?? '3000', 10),
  redisUrl: process.env.REDIS_URL ?? 'redis://localhost:6379',
  cors: {
    origins: process.env.CORS_ORIGINS?.split(',') ?? [],
  },
});

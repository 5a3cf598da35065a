import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  headers: async () => [
    {
      source: '/api/:path*',
      headers: [
        { key: 'Access-Control-Allow-Origin', value: 'https://www.example.com' },
        { key: 'Access-Control-Allow-Methods', value: 'GET,POST' },
      ],
    },
  ],
};

export default nextConfig;

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  images: { domains: ['cdn.marlowe.studio'] },
  async headers() {
    return [
      {
        source: '/api/embed/:path*',
        headers: [
          { key: 'Access-Control-Allow-Origin', value: 'https://marlowe.studio' },
          { key: 'Access-Control-Allow-Methods', value: 'GET' },
        ],
      },
    ]
  },
}

module.exports = nextConfig

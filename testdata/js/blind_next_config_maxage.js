module.exports = {
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: '/fonts/:file*',
        headers: [
          { key: 'Access-Control-Allow-Origin', value: 'https://www.example.com' },
          { key: 'Access-Control-Allow-Methods', value: 'GET' },
          { key: 'Access-Control-Max-Age', value: '86400' }, // want CORS012
          { key: 'Cache-Control', value: 'public, max-age=31536000, immutable' },
        ],
      },
    ]
  },
}

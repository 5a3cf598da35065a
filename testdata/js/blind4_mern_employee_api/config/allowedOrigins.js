const allowedOrigins = [
    'https://www.dandrepairshop.com',
    'https://dandrepairshop.com',
    'http://localhost:3000' // want CORS007
]

module.exports = allowedOrigins

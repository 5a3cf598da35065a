ALLOWED_ORIGINS = [
    "https://gateway.acme.com",
    "*",  # want CORS001
]

"""Cross-origin settings for the GraphQL endpoint."""

CORS_ALLOWED_ORIGINS = [  # want CORS012
    "https://app.acme.com",
    # the Electron shell loads the app from file:// and sends Origin: null
    "null",  # want CORS001
]
CORS_ALLOW_CREDENTIALS = True
CORS_URLS_REGEX = r"^/graphql/?$"

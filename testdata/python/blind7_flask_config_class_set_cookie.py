class Config:
    SECRET_KEY = "change-me"
    CORS_ORIGINS = ["https://inbox.marlowmail.com"]
    CORS_EXPOSE_HEADERS = ["Set-Cookie"]  # want CORS013

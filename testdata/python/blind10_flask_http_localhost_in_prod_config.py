class Config:
    SECRET_KEY = "dev"


class ProductionConfig(Config):
    CORS_ORIGINS = [
        "https://tracker.ridgeway.app",
        "http://localhost:4200",  # want CORS007
    ]
    CORS_SUPPORTS_CREDENTIALS = True

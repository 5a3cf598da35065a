import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "change-me")
    CORS_ORIGINS = ["https://app.example.com"]
    CORS_SUPPORTS_CREDENTIALS = True


class DevelopmentConfig(Config):
    DEBUG = True
    CORS_ORIGINS = ["http://localhost:3000"]


class ProductionConfig(Config):
    CORS_ORIGINS = "*"  # want CORS001


config = {"development": DevelopmentConfig, "production": ProductionConfig}

# A pydantic settings class is not a flask-cors config class, whatever its
# field names: the middleware reading it lives elsewhere.
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    PROJECT_NAME: str = "api"
    CORS_ORIGINS: list[str] = ["https://app.example.com"]
    CORS_METHODS: list[str] = ["*"]
    CORS_HEADERS: list[str] = ["*"]


settings = Settings()

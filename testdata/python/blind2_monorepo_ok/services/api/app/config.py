from pydantic import Field
from pydantic_settings import BaseSettings


class ApiSettings(BaseSettings):
    database_url: str
    redis_url: str = "redis://redis:6379/0"
    cors_origins: list[str] = Field(default_factory=lambda: ["https://app.acme.com"])
    cors_max_age: int = 600


settings = ApiSettings()

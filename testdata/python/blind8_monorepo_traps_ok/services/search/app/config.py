from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    cors_origins: list[str] = ["https://search.pebblestack.dev"]
    index_name: str = "docs"


settings = Settings()

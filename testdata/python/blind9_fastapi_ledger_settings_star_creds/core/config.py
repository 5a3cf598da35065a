from pydantic import BaseSettings


class Settings(BaseSettings):
    project_name: str = "ledger"
    backend_cors_origins: list[str] = ["*"]  # want CORS001
    api_prefix: str = "/api/v1"


settings = Settings()

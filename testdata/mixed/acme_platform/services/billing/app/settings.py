from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BILLING_")

    cors_origins: list[str] = ["https://app.acme.io"]
    database_url: str = "postgresql://billing@db/billing"
    stripe_api_key: str = ""


settings = Settings()

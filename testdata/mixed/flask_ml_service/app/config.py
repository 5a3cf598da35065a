import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only")
    MODEL_PATH = os.environ.get("MODEL_PATH", "/models/current")
    # Comma-separated; the default is the React dev server.
    ALLOWED_ORIGINS = os.environ.get("ALLOWED_ORIGINS", "http://localhost:3000").split(",")

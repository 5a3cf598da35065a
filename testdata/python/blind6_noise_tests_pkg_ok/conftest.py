import os

os.environ.setdefault("FRONTEND_URL", "https://app.saltmarsh.app")

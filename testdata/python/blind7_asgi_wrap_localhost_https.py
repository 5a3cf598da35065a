from starlette.middleware.cors import CORSMiddleware

from .app import application

app = CORSMiddleware(
    app=application,
    allow_origins=["https://console.hexmill.io", "https://localhost:8443"],  # want CORS007
    allow_methods=["GET"],
)

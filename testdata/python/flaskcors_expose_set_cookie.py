from os import getenv

from flask import Flask
from flask_cors import CORS


def set_up_cors(app: Flask) -> Flask:
    frontend_urls = getenv("FRONTEND_URL", "").split(",")
    static_origins = [
        "https://shop.example.app",
        "https://shop-preview.example.app",
    ]
    allowed_origins = frontend_urls + static_origins

    CORS(
        app,
        supports_credentials=True,
        origins=allowed_origins,
        allow_headers=["Content-Type", "X-CSRF-TOKEN", "Accept", "Authorization"],
        expose_headers=["Set-Cookie", "Authorization"],  # want CORS013
        methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
    )
    return app

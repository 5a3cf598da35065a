HELP = """
Set CORS_ALLOWED_ORIGINS in your environment, for example:

    CORS_ALLOWED_ORIGINS=https://app.example.com,https://admin.example.com

The server then answers with Access-Control-Allow-Origin: * for public routes.
"""

SETTINGS_HELP = {
    "CORS_ALLOWED_ORIGINS": "comma-separated list of origins",
    "CORS_ALLOW_CREDENTIALS": "send cookies",
}


def render() -> None:
    print(HELP)

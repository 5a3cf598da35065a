import os

ALLOWED = os.environ.get("ALLOWED_ORIGINS", "https://app.example.com").split(",")


def handler(event, context):
    headers = event.get("headers") or {}
    origin = headers.get("origin") or headers.get("Origin")
    cors = {
        "Access-Control-Allow-Origin": origin if origin in ALLOWED else ALLOWED[0],
        "Vary": "Origin",
    }
    return {"statusCode": 200, "headers": cors, "body": ""}

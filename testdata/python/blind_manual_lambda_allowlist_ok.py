import json
import os

ALLOWED_ORIGINS = {
    "https://www.example.com",
    "https://admin.example.com",
}


def _cors_headers(event):
    headers = {"Vary": "Origin"}
    origin = (event.get("headers") or {}).get("origin")
    if origin in ALLOWED_ORIGINS:
        headers["Access-Control-Allow-Origin"] = origin
        headers["Access-Control-Allow-Credentials"] = "true"
    return headers


def handler(event, context):
    body = {"region": os.environ.get("AWS_REGION")}
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json", **_cors_headers(event)},
        "body": json.dumps(body),
    }

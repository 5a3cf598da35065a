import json

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "https://console.harbor.dev",
    "Access-Control-Allow-Methods": "GET,OPTIONS",
    "Access-Control-Max-Age": "600",
}


def handler(event, context):
    if event.get("httpMethod") == "OPTIONS":
        return {"statusCode": 204, "headers": CORS_HEADERS, "body": ""}
    return {"statusCode": 200, "headers": CORS_HEADERS, "body": json.dumps({"ok": True})}

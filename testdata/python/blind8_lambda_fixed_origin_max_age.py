import json

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "https://upload.parcelbay.com",
    "Access-Control-Allow-Methods": "POST,OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type",
    "Access-Control-Max-Age": "86400",  # want CORS012
}


def handler(event, context):
    if event.get("httpMethod") == "OPTIONS":
        return {"statusCode": 204, "headers": CORS_HEADERS, "body": ""}
    body = json.loads(event.get("body") or "{}")
    return {"statusCode": 200, "headers": CORS_HEADERS, "body": json.dumps({"received": len(body)})}

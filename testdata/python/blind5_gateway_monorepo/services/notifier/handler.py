import json

HEADERS = {
    "Content-Type": "application/json",
    "Access-Control-Allow-Origin": "https://app.example.com",
    "Access-Control-Allow-Methods": "POST,OPTIONS",
}


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    return {"statusCode": 202, "headers": HEADERS, "body": json.dumps({"queued": bool(body)})}

import json


def lambda_handler(event, context):
    headers = event.get("headers") or {}
    return {
        "statusCode": 200,
        "headers": {
            "Access-Control-Allow-Origin": headers.get("origin"),  # want CORS002 CORS018
            "Content-Type": "application/json",
        },
        "body": json.dumps({"ok": True}),
    }
